// Command-line arguments (from args_exit.args) and a non-zero exit code returned from Main.
using System;

class ArgsExit
{
    static int Main(string[] args)
    {
        Console.WriteLine("argc = " + args.Length);
        int sum = 0;
        for (int i = 0; i < args.Length; i++)
        {
            Console.WriteLine("args[" + i + "] = [" + args[i] + "] length " + args[i].Length);
            if (args[i].Length > 0 && args[i][0] >= '0' && args[i][0] <= '9') sum += int.Parse(args[i]);
        }
        Console.WriteLine("sum of numeric args = " + sum);
        return sum % 256;
    }
}
