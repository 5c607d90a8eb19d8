// A bank-account style OO program: an account hierarchy with overridden rules, a bank that
// holds accounts in an array, transfers, monthly interest, and a transaction log of strings.
using System;

class Account
{
    static int nextNumber = 1000;
    protected long balanceCents;
    public readonly int Number;
    public string Owner { get; private set; }
    string[] log = new string[64];
    int logCount;

    public Account(string owner, long initialCents)
    {
        Number = nextNumber++;
        Owner = owner;
        balanceCents = initialCents;
        Log("open " + Money(initialCents));
    }

    public long Balance { get { return balanceCents; } }

    protected void Log(string s)
    {
        if (logCount < log.Length) log[logCount++] = s;
    }

    public static string Money(long cents)
    {
        string sign = cents < 0 ? "-" : "";
        if (cents < 0) cents = -cents;
        return sign + "$" + (cents / 100) + "." + (cents % 100).ToString("D2");
    }

    public virtual bool Withdraw(long cents)
    {
        if (cents <= 0 || cents > balanceCents) { Log("withdraw " + Money(cents) + " REFUSED"); return false; }
        balanceCents -= cents;
        Log("withdraw " + Money(cents));
        return true;
    }

    public void Deposit(long cents)
    {
        balanceCents += cents;
        Log("deposit " + Money(cents));
    }

    public virtual void MonthEnd() { }

    public virtual string Kind { get { return "basic"; } }

    public void PrintStatement()
    {
        Console.WriteLine("#" + Number + " " + Owner + " (" + Kind + "): " + Money(balanceCents));
        for (int i = 0; i < logCount; i++) Console.WriteLine("    " + log[i]);
    }
}

class Savings : Account
{
    int rateBasisPoints;
    public Savings(string owner, long cents, int rateBp) : base(owner, cents) { rateBasisPoints = rateBp; }
    public override void MonthEnd()
    {
        long interest = balanceCents * rateBasisPoints / 10000 / 12;
        balanceCents += interest;
        Log("interest " + Money(interest));
    }
    public override string Kind { get { return "savings"; } }
}

class Checking : Account
{
    long overdraft;
    public Checking(string owner, long cents, long overdraft) : base(owner, cents) { this.overdraft = overdraft; }
    public override bool Withdraw(long cents)
    {
        if (cents <= 0 || balanceCents - cents < -overdraft) { Log("withdraw " + Money(cents) + " OVER LIMIT"); return false; }
        balanceCents -= cents;
        Log("withdraw " + Money(cents));
        return true;
    }
    public override void MonthEnd()
    {
        if (balanceCents < 0) { long fee = 1500; balanceCents -= fee; Log("overdraft fee " + Money(fee)); }
    }
    public override string Kind { get { return "checking"; } }
}

class Bank
{
    Account[] accounts = new Account[10];
    int count;

    public Account Open(Account a) { accounts[count++] = a; return a; }

    public Account Find(int number)
    {
        for (int i = 0; i < count; i++) if (accounts[i].Number == number) return accounts[i];
        return null;
    }

    public bool Transfer(int from, int to, long cents)
    {
        Account a = Find(from), b = Find(to);
        if (a == null || b == null) { Console.WriteLine("transfer: no such account"); return false; }
        if (!a.Withdraw(cents)) return false;
        b.Deposit(cents);
        return true;
    }

    public void MonthEnd() { for (int i = 0; i < count; i++) accounts[i].MonthEnd(); }

    public long Total()
    {
        long t = 0;
        for (int i = 0; i < count; i++) t += accounts[i].Balance;
        return t;
    }

    public void Report() { for (int i = 0; i < count; i++) accounts[i].PrintStatement(); }
}

class BankAccount
{
    static void Main()
    {
        Bank bank = new Bank();
        Account alice = bank.Open(new Savings("Alice", 100000, 450));
        Account bob = bank.Open(new Checking("Bob", 5000, 20000));
        Account carol = bank.Open(new Account("Carol", 0));
        Console.WriteLine(bank.Transfer(alice.Number, bob.Number, 25050));
        Console.WriteLine(bank.Transfer(bob.Number, carol.Number, 45000));
        Console.WriteLine(bank.Transfer(bob.Number, carol.Number, 1));
        Console.WriteLine(bank.Transfer(carol.Number, alice.Number, 99999));
        Console.WriteLine(bank.Transfer(carol.Number, 4242, 1));
        carol.Withdraw(-5);
        bank.MonthEnd();
        bank.MonthEnd();
        bob.Deposit(12345);
        bank.Report();
        Console.WriteLine("total " + Account.Money(bank.Total()));
        Console.WriteLine(Account.Money(-1) + " " + Account.Money(-123456) + " " + Account.Money(7));
    }
}
