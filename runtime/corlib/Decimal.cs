// Decimal.cs — System.Decimal, declared with .NET's 16-byte layout so that mcs and
// user structs containing decimals get the right size. ilc has no decimal
// arithmetic yet; nothing here computes.
namespace System
{
    public struct Decimal
    {
        private int flags;
        private int hi;
        private int lo;
        private int mid;
    }
}
