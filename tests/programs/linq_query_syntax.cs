// LINQ query expressions as mcs lowers them: from/where/select, let (anonymous types),
// several from clauses (SelectMany), orderby with several keys, group by and group into,
// join, join into (GroupJoin), an explicitly typed range variable (Cast), and a query over
// a user type that has its own Select/Where (query syntax is pattern-based).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class LinqQuerySyntax
{
    class Student
    {
        public string Name;
        public int Year;
        public int[] Scores;
        public Student(string name, int year, params int[] scores) { Name = name; Year = year; Scores = scores; }
    }

    class Course
    {
        public string Title;
        public int Year;
        public Course(string title, int year) { Title = title; Year = year; }
    }

    // A minimal "monad" with the query pattern's methods, not an IEnumerable.
    struct Box<T>
    {
        public readonly T Value;
        public Box(T value) { Value = value; }
        public Box<U> Select<U>(Func<T, U> f) { return new Box<U>(f(Value)); }
        public Box<V> SelectMany<U, V>(Func<T, Box<U>> f, Func<T, U, V> g) { Box<U> u = f(Value); return new Box<V>(g(Value, u.Value)); }
        public override string ToString() { return "Box(" + Value + ")"; }
    }

    static void Main()
    {
        Student[] students = {
            new Student("Ana", 2, 90, 72, 85), new Student("Ben", 1, 60, 75),
            new Student("Cleo", 3, 88, 94, 79, 91), new Student("Dev", 2, 55, 65, 70),
            new Student("Esa", 1, 99), new Student("Finn", 3),
        };

        var passing = from s in students
                      where s.Scores.Length > 0
                      let avg = s.Scores.Average()
                      where avg >= 70
                      orderby avg descending, s.Name
                      select new { s.Name, Average = Math.Round(avg, 2) };
        foreach (var p in passing)
            Console.WriteLine(p);

        var pairs = from s in students
                    from score in s.Scores
                    where score >= 90
                    select s.Name + ":" + score;
        Console.WriteLine(string.Join(" ", pairs));

        var grid = from x in Enumerable.Range(1, 3)
                   from y in Enumerable.Range(x, 3 - x + 1)
                   select x * 10 + y;
        Console.WriteLine(string.Join(",", grid));

        var byYear = from s in students
                     group s.Name by s.Year;
        foreach (var g in byYear)
            Console.WriteLine("year " + g.Key + ": " + string.Join(",", g));

        var yearStats = from s in students
                        group s by s.Year into g
                        orderby g.Key
                        select new { Year = g.Key, Count = g.Count(), Best = g.SelectMany(s => s.Scores).DefaultIfEmpty().Max() };
        foreach (var y in yearStats)
            Console.WriteLine(y);

        Course[] courses = { new Course("Algebra", 1), new Course("Biology", 2), new Course("Chemistry", 2), new Course("Drama", 4) };
        var enrolled = from s in students
                       join c in courses on s.Year equals c.Year
                       orderby c.Title, s.Name descending
                       select s.Name + " takes " + c.Title;
        foreach (string line in enrolled)
            Console.WriteLine(line);

        var perCourse = from c in courses
                        join s in students on c.Year equals s.Year into group_
                        select new { c.Title, Students = string.Join("+", group_.Select(s => s.Name)) };
        foreach (var pc in perCourse)
            Console.WriteLine(pc.Title + " [" + pc.Students + "]");

        var leftJoin = from c in courses
                       join s in students on c.Year equals s.Year into gj
                       from s in gj.DefaultIfEmpty()
                       select c.Title + "/" + (s == null ? "-" : s.Name);
        Console.WriteLine(string.Join(" ", leftJoin));

        ArrayList untyped = new ArrayList { "delta", "alpha", "charlie", "bravo" };
        var typed = from string w in untyped
                    where w.Length == 5
                    orderby w
                    select w.ToUpper();
        Console.WriteLine(string.Join(" ", typed));

        var composite = from s in students
                        orderby s.Year descending, s.Scores.Length, s.Name descending
                        select s.Name;
        Console.WriteLine(string.Join(" ", composite));

        var lets = from n in Enumerable.Range(1, 6)
                   let sq = n * n
                   let cube = sq * n
                   where cube % 2 == 0
                   select n + "^2=" + sq + " ^3=" + cube;
        foreach (string s in lets)
            Console.WriteLine(s);

        Box<int> boxed = from a in new Box<int>(20)
                         from b in new Box<int>(22)
                         select a + b;
        Console.WriteLine(boxed);
        Console.WriteLine(from c in new Box<string>("query") select c.Length);

        // A query is a description: it runs again each time it is enumerated.
        List<int> source = new List<int> { 1, 2, 3 };
        IEnumerable<int> doubled = from n in source select n * 2;
        Console.WriteLine(string.Join(",", doubled));
        source.Add(10);
        Console.WriteLine(string.Join(",", doubled));
    }
}
