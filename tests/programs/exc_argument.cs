// ArgumentException, ArgumentNullException and ArgumentOutOfRangeException thrown by user
// code and caught by their own type or by the ArgumentException base; ParamName.
using System;

class Account
{
    int balance;
    public string Owner { get; private set; }

    public Account(string owner)
    {
        if (owner == null) throw new ArgumentNullException("owner");
        if (owner.Length == 0) throw new ArgumentException("owner must not be empty");
        Owner = owner;
    }

    public void Withdraw(int amount)
    {
        if (amount <= 0) throw new ArgumentOutOfRangeException("amount");
        if (amount > balance) throw new InvalidOperationException("insufficient funds: " + balance);
        balance -= amount;
    }

    public void Deposit(int amount)
    {
        if (amount <= 0) throw new ArgumentException("deposit must be positive", "amount");
        balance += amount;
    }

    public int Balance { get { return balance; } }
}

class Program
{
    static void Main()
    {
        string[] owners = { "Ann", null, "" };
        foreach (string o in owners)
        {
            try
            {
                Account acc = new Account(o);
                Console.WriteLine("created " + acc.Owner);
            }
            catch (ArgumentNullException e) { Console.WriteLine("ArgumentNullException param=" + e.ParamName); }
            catch (ArgumentException e) { Console.WriteLine("ArgumentException param=" + (e.ParamName ?? "(none)") + " msg=" + e.Message); }
        }

        Account a = new Account("Bob");
        int[] ops = { 50, -5, 0, 20, 100, 30 };
        for (int i = 0; i < ops.Length; i++)
        {
            try
            {
                if (i < 2) a.Deposit(ops[i]); else a.Withdraw(ops[i]);
                Console.WriteLine("op " + i + " ok balance=" + a.Balance);
            }
            catch (ArgumentOutOfRangeException e) { Console.WriteLine("op " + i + ": " + e.GetType().Name + " param=" + e.ParamName); }
            catch (ArgumentException e) { Console.WriteLine("op " + i + ": " + e.GetType().Name + " param=" + e.ParamName); }
            catch (InvalidOperationException e) { Console.WriteLine("op " + i + ": " + e.Message); }
        }

        // Derived argument exceptions are caught by the base clause.
        Exception[] all = { new ArgumentNullException("p1"), new ArgumentOutOfRangeException("p2"), new ArgumentException("m", "p3") };
        foreach (Exception ex in all)
        {
            try { throw ex; }
            catch (ArgumentException e)
            {
                Console.WriteLine(e.GetType().Name + " caught as ArgumentException, param=" + e.ParamName
                    + ", is null-kind=" + (e is ArgumentNullException));
            }
        }

        // Message of a plain ArgumentException without a parameter name is exactly the text.
        try { throw new ArgumentException("just text"); }
        catch (ArgumentException e) { Console.WriteLine("[" + e.Message + "]"); }
    }
}
