// State machines: a lexer driven by an explicit state variable and a switch, a traffic light
// with enum states, and a vending machine reacting to coin events.
using System;

enum Light { Red, RedAmber, Green, Amber }

class Lexer
{
    const int Start = 0, InNumber = 1, InIdent = 2, InString = 3, InComment = 4;

    public static int Tokenize(string s)
    {
        int state = Start, count = 0;
        string tok = "";
        for (int i = 0; i <= s.Length; i++)
        {
            char c = i < s.Length ? s[i] : '\0';
            switch (state)
            {
                case Start:
                    if (c >= '0' && c <= '9') { state = InNumber; tok = "" + c; }
                    else if ((c >= 'a' && c <= 'z') || c == '_') { state = InIdent; tok = "" + c; }
                    else if (c == '"') { state = InString; tok = ""; }
                    else if (c == '#') state = InComment;
                    else if (c != ' ' && c != '\0' && c != '\n') { Console.WriteLine("  punct " + c); count++; }
                    break;
                case InNumber:
                    if (c >= '0' && c <= '9') tok += c;
                    else { Console.WriteLine("  number " + tok); count++; state = Start; i--; }
                    break;
                case InIdent:
                    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') tok += c;
                    else { Console.WriteLine("  ident " + tok); count++; state = Start; i--; }
                    break;
                case InString:
                    if (c == '"' || c == '\0') { Console.WriteLine("  string \"" + tok + "\""); count++; state = Start; }
                    else tok += c;
                    break;
                case InComment:
                    if (c == '\n' || c == '\0') state = Start;
                    break;
            }
        }
        return count;
    }
}

class TrafficLight
{
    Light state = Light.Red;
    public int Ticks;

    public Light Next()
    {
        Ticks++;
        switch (state)
        {
            case Light.Red: state = Light.RedAmber; break;
            case Light.RedAmber: state = Light.Green; break;
            case Light.Green: state = Light.Amber; break;
            case Light.Amber: state = Light.Red; break;
        }
        return state;
    }

    public static string Show(Light l)
    {
        return l == Light.Red ? "R--" : l == Light.RedAmber ? "RA-" : l == Light.Green ? "--G" : "-A-";
    }
}

class Vending
{
    int credit;
    int state; // 0 idle, 1 has credit, 2 vending
    public int Sold;

    public void Event(char e)
    {
        switch (e)
        {
            case 'n': credit += 5; break;
            case 'd': credit += 10; break;
            case 'q': credit += 25; break;
            case 'b':
                if (credit >= 35) { credit -= 35; Sold++; state = 2; Console.WriteLine("  vend! change " + credit); credit = 0; }
                else Console.WriteLine("  need " + (35 - credit) + " more");
                break;
            case 'r': Console.WriteLine("  refund " + credit); credit = 0; break;
        }
        state = credit > 0 ? 1 : state == 2 ? 0 : state;
    }

    public int State { get { return state; } }
}

class StateMachine
{
    static void Main()
    {
        int n = Lexer.Tokenize("x1 = 42 + foo_bar*(7 - y) # comment here\nprint \"hi there\" 99;");
        Console.WriteLine("tokens: " + n);
        TrafficLight tl = new TrafficLight();
        string seq = "";
        for (int i = 0; i < 9; i++) seq += TrafficLight.Show(tl.Next()) + " ";
        Console.WriteLine(seq + "ticks " + tl.Ticks + " state " + (int)tl.Next());
        Vending v = new Vending();
        string events = "qbdbrqqbnddb";
        for (int i = 0; i < events.Length; i++)
        {
            v.Event(events[i]);
            Console.WriteLine(events[i] + " -> state " + v.State);
        }
        Console.WriteLine("sold " + v.Sold);
        int[] counts = new int[4];
        TrafficLight t2 = new TrafficLight();
        for (int i = 0; i < 100001; i++) counts[(int)t2.Next()]++;
        Console.WriteLine(counts[0] + " " + counts[1] + " " + counts[2] + " " + counts[3]);
    }
}
