// Events: field-like events with add/remove via += / -=, raising with a null check, the
// EventHandler<T> pattern with a custom EventArgs, custom add/remove accessors, and
// static events.
using System;
using System.Collections.Generic;

class PriceArgs : EventArgs
{
    public decimal Old, New;
    public PriceArgs(decimal o, decimal n) { Old = o; New = n; }
}

class Stock
{
    string symbol;
    decimal price;
    public event EventHandler<PriceArgs> PriceChanged;
    public event Action<string> Log;
    public static event Action<string> Global;

    public Stock(string s, decimal p) { symbol = s; price = p; }
    public string Symbol { get { return symbol; } }
    public decimal Price
    {
        get { return price; }
        set
        {
            if (value == price) { if (Log != null) Log("no change"); return; }
            decimal old = price;
            price = value;
            EventHandler<PriceArgs> h = PriceChanged;
            if (h != null) h(this, new PriceArgs(old, value));
            if (Global != null) Global(symbol + " -> " + value);
        }
    }
    public bool HasSubscribers { get { return PriceChanged != null; } }
}

class Button
{
    List<Action> handlers = new List<Action>();
    public event Action Click
    {
        add { Console.WriteLine("  (add handler #" + (handlers.Count + 1) + ")"); handlers.Add(value); }
        remove { Console.WriteLine("  (remove handler)"); handlers.Remove(value); }
    }
    public void Press() { foreach (Action a in handlers) a(); }
}

class Program
{
    static void OnChanged(object sender, PriceArgs e)
    {
        Console.WriteLine("OnChanged " + ((Stock)sender).Symbol + " " + e.Old + " -> " + e.New);
    }

    static void Main()
    {
        Stock s = new Stock("ACME", 10.5m);
        Console.WriteLine("subscribers: " + s.HasSubscribers);
        s.Price = 11m;                       // nobody listening
        s.PriceChanged += OnChanged;
        int changes = 0;
        EventHandler<PriceArgs> counter = (o, e) => changes++;
        s.PriceChanged += counter;
        s.Log += msg => Console.WriteLine("log: " + msg);
        Stock.Global += msg => Console.WriteLine("global: " + msg);
        s.Price = 12.25m;
        s.Price = 12.25m;
        s.PriceChanged -= OnChanged;
        s.Price = 9m;
        Console.WriteLine("changes counted: " + changes + " subscribers: " + s.HasSubscribers);
        s.PriceChanged -= counter;
        Console.WriteLine("subscribers after removing all: " + s.HasSubscribers);

        Button b = new Button();
        Action hello = () => Console.WriteLine("clicked: hello");
        b.Click += hello;
        b.Click += () => Console.WriteLine("clicked: second");
        b.Press();
        b.Click -= hello;
        b.Press();
    }
}
