// A small stack-machine interpreter: a tokenizer and recursive-descent compiler turn arithmetic
// expressions and a tiny loop language into bytecode (int[]), which a switch-based VM executes.
using System;

class Op
{
    public const int Push = 0, Load = 1, Store = 2, Add = 3, Sub = 4, Mul = 5, Div = 6, Mod = 7,
        Lt = 8, Jz = 9, Jmp = 10, Print = 11, Halt = 12, Neg = 13, Dup = 14;
}

class Compiler
{
    string src;
    int pos;
    int[] code = new int[1024];
    int n;

    public Compiler(string src) { this.src = src; }

    void Emit(int x) { code[n++] = x; }
    void Skip() { while (pos < src.Length && src[pos] == ' ') pos++; }
    char Peek() { Skip(); return pos < src.Length ? src[pos] : '\0'; }

    int Var() { char c = Peek(); pos++; return c - 'a'; }

    void Primary()
    {
        char c = Peek();
        if (c == '(') { pos++; Expr(); Peek(); pos++; }
        else if (c == '-') { pos++; Primary(); Emit(Op.Neg); }
        else if (c >= '0' && c <= '9')
        {
            int v = 0;
            while (pos < src.Length && src[pos] >= '0' && src[pos] <= '9') v = v * 10 + (src[pos++] - '0');
            Emit(Op.Push); Emit(v);
        }
        else { Emit(Op.Load); Emit(Var()); }
    }

    void Term()
    {
        Primary();
        while (true)
        {
            char c = Peek();
            if (c == '*') { pos++; Primary(); Emit(Op.Mul); }
            else if (c == '/') { pos++; Primary(); Emit(Op.Div); }
            else if (c == '%') { pos++; Primary(); Emit(Op.Mod); }
            else break;
        }
    }

    public void Expr()
    {
        Term();
        while (true)
        {
            char c = Peek();
            if (c == '+') { pos++; Term(); Emit(Op.Add); }
            else if (c == '-') { pos++; Term(); Emit(Op.Sub); }
            else break;
        }
    }

    public void Cond()
    {
        Expr();
        if (Peek() == '<') { pos++; Expr(); Emit(Op.Lt); }
    }

    // stmt := 'P' cond ';' | var '=' cond ';' | 'W' cond '{' stmt* '}'
    void Stmt()
    {
        char c = Peek();
        if (c == 'P') { pos++; Cond(); Emit(Op.Print); }
        else if (c == 'W')
        {
            pos++;
            int top = n;
            Cond();
            Emit(Op.Jz); int patch = n; Emit(0);
            Peek(); pos++;
            while (Peek() != '}') Stmt();
            pos++;
            Emit(Op.Jmp); Emit(top);
            code[patch] = n;
            return;
        }
        else { int v = Var(); Peek(); pos++; Cond(); Emit(Op.Store); Emit(v); }
        Peek(); pos++;
    }

    public int[] Program()
    {
        while (Peek() != '\0') Stmt();
        Emit(Op.Halt);
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = code[i];
        return r;
    }
}

class VM
{
    public static long Steps;

    public static void Run(int[] code, string output)
    {
        int[] stack = new int[256];
        int[] vars = new int[26];
        int sp = 0, pc = 0;
        string outp = "";
        while (true)
        {
            Steps++;
            int op = code[pc++];
            switch (op)
            {
                case Op.Push: stack[sp++] = code[pc++]; break;
                case Op.Load: stack[sp++] = vars[code[pc++]]; break;
                case Op.Store: vars[code[pc++]] = stack[--sp]; break;
                case Op.Add: sp--; stack[sp - 1] += stack[sp]; break;
                case Op.Sub: sp--; stack[sp - 1] -= stack[sp]; break;
                case Op.Mul: sp--; stack[sp - 1] *= stack[sp]; break;
                case Op.Div: sp--; stack[sp - 1] /= stack[sp]; break;
                case Op.Mod: sp--; stack[sp - 1] %= stack[sp]; break;
                case Op.Lt: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
                case Op.Neg: stack[sp - 1] = -stack[sp - 1]; break;
                case Op.Dup: stack[sp] = stack[sp - 1]; sp++; break;
                case Op.Jz: { int t = code[pc++]; if (stack[--sp] == 0) pc = t; break; }
                case Op.Jmp: pc = code[pc]; break;
                case Op.Print: outp += stack[--sp] + " "; break;
                case Op.Halt: Console.WriteLine(output + outp); return;
                default: Console.WriteLine("bad op " + op); return;
            }
        }
    }
}

class Interpreter
{
    static void Disasm(int[] code)
    {
        string s = "";
        for (int i = 0; i < code.Length; i++) s += code[i] + (i + 1 < code.Length ? "," : "");
        Console.WriteLine("code[" + code.Length + "]: " + s);
    }

    static void Main()
    {
        string[] progs = {
            "P 1 + 2 * 3; P (1 + 2) * 3; P 100 / 7 % 5; P -4 * -(2 + 3); P 7 - 10 - 3;",
            "a = 0; b = 1; i = 0; W i < 20 { P a; c = a + b; a = b; b = c; i = i + 1; }",
            "n = 2; c = 0; W n < 200 { d = 2; p = 1; W d * d < n + 1 { W n % d < 1 { p = 0; d = n + 1; } d = d + 1; } c = c + p; n = n + 1; } P c;",
            "s = 0; i = 0; W i < 30000 { s = (s + i * i) % 1000003; i = i + 1; } P s;",
        };
        foreach (string src in progs)
        {
            int[] code = new Compiler(src).Program();
            Disasm(code);
            VM.Run(code, "out: ");
        }
        Console.WriteLine("steps " + VM.Steps);
    }
}
