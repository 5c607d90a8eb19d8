// bench: n-body simulation of the Jovian planets (Computer Language Benchmarks Game), bodies
// as classes with double fields: a floating-point hot loop. One iteration = SIZE steps from the
// initial system. Twin: nbody.c (same operations in the same order, so both print the same
// energies).
// bench-args: full: 15 1000000 | quick: 3 20000 | startup: 1 1000
using System;

class Body
{
    public double x, y, z, vx, vy, vz, mass;

    public Body(double x, double y, double z, double vx, double vy, double vz, double mass)
    {
        this.x = x; this.y = y; this.z = z; this.vx = vx; this.vy = vy; this.vz = vz; this.mass = mass;
    }
}

class NBody
{
    const double Pi = 3.141592653589793;
    const double SolarMass = 4 * Pi * Pi;
    const double DaysPerYear = 365.24;

    static Body[] MakeBodies()
    {
        Body[] b = {
            new Body(0, 0, 0, 0, 0, 0, SolarMass),
            new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                     1.66007664274403694e-03 * DaysPerYear, 7.69901118419740425e-03 * DaysPerYear,
                     -6.90460016972063023e-05 * DaysPerYear, 9.54791938424326609e-04 * SolarMass),
            new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                     -2.76742510726862411e-03 * DaysPerYear, 4.99852801234917238e-03 * DaysPerYear,
                     2.30417297573763929e-05 * DaysPerYear, 2.85885980666130812e-04 * SolarMass),
            new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                     2.96460137564761618e-03 * DaysPerYear, 2.37847173959480950e-03 * DaysPerYear,
                     -2.96589568540237556e-05 * DaysPerYear, 4.36624404335156298e-05 * SolarMass),
            new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                     2.68067772490389322e-03 * DaysPerYear, 1.62824170038242295e-03 * DaysPerYear,
                     -9.51592254519715870e-05 * DaysPerYear, 5.15138902046611451e-05 * SolarMass),
        };
        double px = 0, py = 0, pz = 0;
        for (int i = 0; i < b.Length; i++)
        {
            px += b[i].vx * b[i].mass; py += b[i].vy * b[i].mass; pz += b[i].vz * b[i].mass;
        }
        b[0].vx = -px / SolarMass; b[0].vy = -py / SolarMass; b[0].vz = -pz / SolarMass;
        return b;
    }

    static void Advance(Body[] bodies, double dt)
    {
        int n = bodies.Length;
        for (int i = 0; i < n; i++)
        {
            Body bi = bodies[i];
            for (int j = i + 1; j < n; j++)
            {
                Body bj = bodies[j];
                double dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.Sqrt(d2));
                double mj = bj.mass * mag, mi = bi.mass * mag;
                bi.vx -= dx * mj; bi.vy -= dy * mj; bi.vz -= dz * mj;
                bj.vx += dx * mi; bj.vy += dy * mi; bj.vz += dz * mi;
            }
        }
        for (int i = 0; i < n; i++)
        {
            Body b = bodies[i];
            b.x += dt * b.vx; b.y += dt * b.vy; b.z += dt * b.vz;
        }
    }

    static double Energy(Body[] bodies)
    {
        double e = 0.0;
        for (int i = 0; i < bodies.Length; i++)
        {
            Body bi = bodies[i];
            e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
            for (int j = i + 1; j < bodies.Length; j++)
            {
                Body bj = bodies[j];
                double dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
                e -= bi.mass * bj.mass / Math.Sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    static void Main(string[] args)
    {
        int iterations = Bench.Arg(args, 0, 15), steps = Bench.Arg(args, 1, 1000000);
        double before = 0, after = 0;
        for (int it = 0; it < iterations; it++)
        {
            long start = Bench.Now();
            Body[] bodies = MakeBodies();
            before = Energy(bodies);
            for (int i = 0; i < steps; i++) Advance(bodies, 0.01);
            after = Energy(bodies);
            Bench.Lap(it, start, Bench.Now());
        }
        Console.WriteLine(before.ToString("F9"));
        Console.WriteLine(after.ToString("F9"));
    }
}
