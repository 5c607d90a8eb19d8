// System.Diagnostics.StackTrace and StackFrame: the frames Exception.StackTrace and
// Environment.StackTrace write (runtime/except.c), one StackFrame each, innermost first.
// A frame knows its method's name only as text: ilc cannot map a return address to a
// MethodBase in every mode (an AOT executable knows its methods by symbol name), so
// StackFrame.GetMethod() is a NotSupportedException rather than a guess. Frames that
// optimised code inlined or tail-called away are missing, as in Exception.StackTrace.
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace System.Diagnostics
{
    public class StackTrace
    {
        public const int METHODS_TO_SKIP = 0;

        private readonly StackFrame[] _frames;

        public StackTrace() : this(0)
        {
        }

        public StackTrace(bool fNeedFileInfo) : this(0)
        {
        }

        // The caller's frames, without this constructor's own and the first skipFrames.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public StackTrace(int skipFrames)
        {
            if (skipFrames < 0)
                throw new ArgumentOutOfRangeException("skipFrames", "Non-negative number required.");
            string[] names = GetFrameNames(null);
            int first = 0;
            while (first < names.Length && names[first].StartsWith("System.Diagnostics.StackTrace."))
                first++;
            _frames = MakeFrames(names, first + skipFrames);
        }

        public StackTrace(int skipFrames, bool fNeedFileInfo) : this(skipFrames)
        {
        }

        // The frames the exception passed through, none before it is thrown.
        public StackTrace(Exception e) : this(e, 0)
        {
        }

        public StackTrace(Exception e, bool fNeedFileInfo) : this(e, 0)
        {
        }

        public StackTrace(Exception e, int skipFrames)
        {
            if (e == null)
                throw new ArgumentNullException("e");
            if (skipFrames < 0)
                throw new ArgumentOutOfRangeException("skipFrames", "Non-negative number required.");
            _frames = MakeFrames(GetFrameNames(e), skipFrames);
        }

        private static StackFrame[] MakeFrames(string[] names, int first)
        {
            int n = names.Length > first ? names.Length - first : 0;
            var frames = new StackFrame[n];
            for (int i = 0; i < n; i++)
                frames[i] = new StackFrame(names[first + i]);
            return frames;
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string[] GetFrameNames(Exception e);

        public virtual int FrameCount
        {
            get { return _frames.Length; }
        }

        public virtual StackFrame GetFrame(int index)
        {
            if (index < 0 || index >= _frames.Length)
                return null;
            return _frames[index];
        }

        public virtual StackFrame[] GetFrames()
        {
            return (StackFrame[])_frames.Clone();
        }

        // "   at Ns.Type.Method(params)" per frame, as Exception.StackTrace writes them.
        public override string ToString()
        {
            var sb = new StringBuilder();
            for (int i = 0; i < _frames.Length; i++) {
                if (i > 0)
                    sb.Append(Environment.NewLine);
                sb.Append("   at ").Append(_frames[i].Name);
            }
            return sb.ToString();
        }
    }

    public class StackFrame
    {
        public const int OFFSET_UNKNOWN = -1;

        private readonly string _name;

        internal StackFrame(string name)
        {
            _name = name;
        }

        internal string Name
        {
            get { return _name; }
        }

        public virtual MethodBase GetMethod()
        {
            throw new NotSupportedException("ilc cannot describe a stack frame's method by reflection; StackTrace.ToString() names it: " + _name);
        }

        public virtual int GetFileLineNumber()
        {
            return 0;
        }

        public virtual int GetFileColumnNumber()
        {
            return 0;
        }

        public virtual string GetFileName()
        {
            return null;
        }
    }
}
