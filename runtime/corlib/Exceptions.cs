// Exceptions.cs — System.Exception and the standard exception hierarchy, with the
// default messages Mono 6.8 prints.
//
// Layout contract (RtException, runtime/internal.h): Exception's first instance fields are
// `_message` (offset 8), `_innerException` (16) and `_stackTrace` (24). The runtime reads
// the message there to print "Unhandled exception. X: msg"; when a message was not given
// it finds null and prints the default, so every default-message constructor below stores
// its message explicitly.
using System.Runtime.CompilerServices;

namespace System
{
    public class Exception
    {
        internal string _message;
        private Exception _innerException;
        // The frames the exception passed through, written by the runtime as it is thrown
        // (runtime/except.c): return addresses, named only when StackTrace is read.
        private IntPtr _stackTrace;
        private int _HResult;
        private string _source;
        private string _helpLink;
        // HResult is .NET's per-type default until someone sets it (DefaultHResult), so
        // exceptions the runtime raises without running a constructor have it too.
        private bool _HResultSet;
        private System.Collections.IDictionary _data;

        public Exception()
        {
        }

        public Exception(string message)
        {
            _message = message;
        }

        public Exception(string message, Exception innerException)
        {
            _message = message;
            _innerException = innerException;
        }

        public virtual string Message
        {
            get
            {
                if (_message != null)
                    return _message;
                return "Exception of type '" + GetTypeName() + "' was thrown.";
            }
        }

        public Exception InnerException
        {
            get { return _innerException; }
        }

        public int HResult
        {
            get { return _HResultSet ? _HResult : DefaultHResult(this); }
            protected set
            {
                _HResult = value;
                _HResultSet = true;
            }
        }

        // Keys and values a program attaches to the exception, in insertion order.
        public virtual System.Collections.IDictionary Data
        {
            get
            {
                if (_data == null)
                    _data = new System.Collections.ListDictionaryInternal();
                return _data;
            }
        }

        // The HRESULT each .NET exception type's constructors store (COR_E_*, E_*), for
        // the nearest corlib type the exception derives from; derived types come before
        // their bases.
        private static int DefaultHResult(Exception e)
        {
            if (e is ArgumentException)
            {
                if (e is ArgumentNullException)
                    return unchecked((int)0x80004003);
                if (e is ArgumentOutOfRangeException)
                    return unchecked((int)0x80131502);
                if (e is DuplicateWaitObjectException)
                    return unchecked((int)0x80131529);
                return unchecked((int)0x80070057);
            }
            if (e is ArithmeticException)
            {
                if (e is DivideByZeroException)
                    return unchecked((int)0x80020012);
                if (e is NotFiniteNumberException)
                    return unchecked((int)0x80131528);
                if (e is OverflowException)
                    return unchecked((int)0x80131516);
                return unchecked((int)0x80070216);
            }
            if (e is System.IO.IOException)
            {
                if (e is System.IO.FileNotFoundException)
                    return unchecked((int)0x80070002);
                if (e is System.IO.DirectoryNotFoundException)
                    return unchecked((int)0x80070003);
                if (e is System.IO.EndOfStreamException)
                    return unchecked((int)0x80070026);
                if (e is System.IO.PathTooLongException)
                    return unchecked((int)0x800700CE);
                return unchecked((int)0x80131620);
            }
            if (e is MemberAccessException)
            {
                if (e is MissingFieldException)
                    return unchecked((int)0x80131511);
                if (e is MissingMethodException)
                    return unchecked((int)0x80131513);
                if (e is MissingMemberException)
                    return unchecked((int)0x80131512);
                if (e is FieldAccessException)
                    return unchecked((int)0x80131507);
                return unchecked((int)0x8013151A);
            }
            if (e is InvalidOperationException)
            {
                if (e is ObjectDisposedException)
                    return unchecked((int)0x80131622);
                return unchecked((int)0x80131509);
            }
            if (e is NotSupportedException)
            {
                if (e is PlatformNotSupportedException)
                    return unchecked((int)0x80131539);
                return unchecked((int)0x80131515);
            }
            if (e is FormatException)
            {
                if (e is System.Reflection.CustomAttributeFormatException)
                    return unchecked((int)0x80131605);
                return unchecked((int)0x80131537);
            }
            if (e is OperationCanceledException)
                return unchecked((int)0x8013153B);
            if (e is NullReferenceException || e is AccessViolationException)
                return unchecked((int)0x80004003);
            if (e is InvalidCastException)
                return unchecked((int)0x80004002);
            if (e is IndexOutOfRangeException)
                return unchecked((int)0x80131508);
            if (e is ArrayTypeMismatchException)
                return unchecked((int)0x80131503);
            if (e is NotImplementedException)
                return unchecked((int)0x80004001);
            if (e is System.Collections.Generic.KeyNotFoundException)
                return unchecked((int)0x80131577);
            if (e is OutOfMemoryException)
                return unchecked((int)0x8007000E);
            if (e is StackOverflowException)
                return unchecked((int)0x800703E9);
            if (e is RankException)
                return unchecked((int)0x80131517);
            if (e is TimeoutException)
                return unchecked((int)0x80131505);
            if (e is TypeInitializationException)
                return unchecked((int)0x80131534);
            if (e is TypeLoadException)
                return unchecked((int)0x80131522);
            if (e is UnauthorizedAccessException)
                return unchecked((int)0x80070005);
            if (e is InsufficientExecutionStackException)
                return unchecked((int)0x80131578);
            if (e is InvalidProgramException)
                return unchecked((int)0x8013153A);
            if (e is ExecutionEngineException)
                return unchecked((int)0x80131506);
            if (e is System.Reflection.AmbiguousMatchException)
                return unchecked((int)0x8000211D);
            if (e is System.Security.SecurityException)
                return unchecked((int)0x8013150A);
            if (e is System.Threading.SynchronizationLockException)
                return unchecked((int)0x80131518);
            if (e is System.Threading.ThreadInterruptedException)
                return unchecked((int)0x80131519);
            if (e is System.Threading.ThreadStateException)
                return unchecked((int)0x80131520);
            if (e is System.Reflection.TargetInvocationException)
                return unchecked((int)0x80131604);
            if (e is System.Reflection.TargetParameterCountException)
                return unchecked((int)0x8002000E);
            if (e is System.Reflection.TargetException)
                return unchecked((int)0x80131603);
            if (e is SystemException)
                return unchecked((int)0x80131501);
            if (e is ApplicationException)
                return unchecked((int)0x80131600);
            return unchecked((int)0x80131500);
        }

        public virtual string Source
        {
            get { return _source; }
            set { _source = value; }
        }

        public virtual string HelpLink
        {
            get { return _helpLink; }
            set { _helpLink = value; }
        }

        // "   at Namespace.Type.Method(ParamTypes)" per managed frame, from the throw to the
        // frame that caught it; null if the exception was never thrown.
        public virtual string StackTrace
        {
            get { return GetStackTraceText(); }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern string GetStackTraceText();

        // Exception redeclares GetType (for the _Exception COM interface), so programs
        // calling e.GetType() bind here.
        public new Type GetType()
        {
            return base.GetType();
        }

        public virtual Exception GetBaseException()
        {
            Exception e = this;
            while (e._innerException != null)
                e = e._innerException;
            return e;
        }

        // "Type: message ---> inner\n   --- End of inner exception stack trace ---\n   at ..."
        public override string ToString()
        {
            string s = GetTypeName();
            string message = Message;
            if (message != null && message.Length > 0)
                s = s + ": " + message;
            if (_innerException != null)
                s = s + " ---> " + _innerException.ToString() + Environment.NewLine + "   --- End of inner exception stack trace ---";
            string trace = StackTrace;
            if (trace != null)
                s = s + Environment.NewLine + trace;
            return s;
        }
    }

    public class SystemException : Exception
    {
        public SystemException() : base("System error.")
        {
        }

        public SystemException(string message) : base(message)
        {
        }

        public SystemException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class ApplicationException : Exception
    {
        public ApplicationException() : base("Error in the application.")
        {
        }

        public ApplicationException(string message) : base(message)
        {
        }

        public ApplicationException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class ArgumentException : SystemException
    {
        private string _paramName;

        public ArgumentException() : base("Value does not fall within the expected range.")
        {
        }

        public ArgumentException(string message) : base(message)
        {
        }

        public ArgumentException(string message, Exception innerException) : base(message, innerException)
        {
        }

        public ArgumentException(string message, string paramName) : base(message)
        {
            _paramName = paramName;
        }

        public ArgumentException(string message, string paramName, Exception innerException) : base(message, innerException)
        {
            _paramName = paramName;
        }

        public virtual string ParamName
        {
            get { return _paramName; }
        }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_paramName != null && _paramName.Length > 0)
                    return s + Environment.NewLine + "Parameter name: " + _paramName;
                return s;
            }
        }
    }

    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() : base("Value cannot be null.")
        {
        }

        public ArgumentNullException(string paramName) : base("Value cannot be null.", paramName)
        {
        }

        public ArgumentNullException(string paramName, string message) : base(message, paramName)
        {
        }

        public ArgumentNullException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class ArgumentOutOfRangeException : ArgumentException
    {
        private object _actualValue;

        public ArgumentOutOfRangeException() : base("Specified argument was out of the range of valid values.")
        {
        }

        public ArgumentOutOfRangeException(string paramName) : base("Specified argument was out of the range of valid values.", paramName)
        {
        }

        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName)
        {
        }

        public ArgumentOutOfRangeException(string message, Exception innerException) : base(message, innerException)
        {
        }

        public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message, paramName)
        {
            _actualValue = actualValue;
        }

        public virtual object ActualValue
        {
            get { return _actualValue; }
        }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_actualValue == null)
                    return s;
                string v = "Actual value was " + _actualValue.ToString() + ".";
                if (s == null)
                    return v;
                return s + Environment.NewLine + v;
            }
        }
    }

    public class ArithmeticException : SystemException
    {
        public ArithmeticException() : base("Overflow or underflow in the arithmetic operation.")
        {
        }

        public ArithmeticException(string message) : base(message)
        {
        }

        public ArithmeticException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class OverflowException : ArithmeticException
    {
        public OverflowException() : base("Arithmetic operation resulted in an overflow.")
        {
        }

        public OverflowException(string message) : base(message)
        {
        }

        public OverflowException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class DivideByZeroException : ArithmeticException
    {
        public DivideByZeroException() : base("Attempted to divide by zero.")
        {
        }

        public DivideByZeroException(string message) : base(message)
        {
        }

        public DivideByZeroException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class NotFiniteNumberException : ArithmeticException
    {
        public NotFiniteNumberException() : base("Arg_NotFiniteNumberException = Number encountered was not a finite quantity.")
        {
        }

        public NotFiniteNumberException(string message) : base(message)
        {
        }

        public NotFiniteNumberException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class NullReferenceException : SystemException
    {
        public NullReferenceException() : base("Object reference not set to an instance of an object.")
        {
        }

        public NullReferenceException(string message) : base(message)
        {
        }

        public NullReferenceException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public sealed class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() : base("Index was outside the bounds of the array.")
        {
        }

        public IndexOutOfRangeException(string message) : base(message)
        {
        }

        public IndexOutOfRangeException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class InvalidCastException : SystemException
    {
        public InvalidCastException() : base("Specified cast is not valid.")
        {
        }

        public InvalidCastException(string message) : base(message)
        {
        }

        public InvalidCastException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class ArrayTypeMismatchException : SystemException
    {
        public ArrayTypeMismatchException() : base("Attempted to access an element as a type incompatible with the array.")
        {
        }

        public ArrayTypeMismatchException(string message) : base(message)
        {
        }

        public ArrayTypeMismatchException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class RankException : SystemException
    {
        public RankException() : base("Attempted to operate on an array with the incorrect number of dimensions.")
        {
        }

        public RankException(string message) : base(message)
        {
        }

        public RankException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() : base("Operation is not valid due to the current state of the object.")
        {
        }

        public InvalidOperationException(string message) : base(message)
        {
        }

        public InvalidOperationException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class ObjectDisposedException : InvalidOperationException
    {
        private string _objectName;

        public ObjectDisposedException(string objectName) : this(objectName, "Cannot access a disposed object.")
        {
        }

        public ObjectDisposedException(string objectName, string message) : base(message)
        {
            _objectName = objectName;
        }

        public ObjectDisposedException(string message, Exception innerException) : base(message, innerException)
        {
        }

        public string ObjectName
        {
            get { return _objectName ?? String.Empty; }
        }

        public override string Message
        {
            get
            {
                string name = ObjectName;
                if (name.Length == 0)
                    return base.Message;
                return base.Message + Environment.NewLine + "Object name: '" + name + "'.";
            }
        }
    }

    public class UnauthorizedAccessException : SystemException
    {
        public UnauthorizedAccessException() : base("Attempted to perform an unauthorized operation.")
        {
        }

        public UnauthorizedAccessException(string message) : base(message)
        {
        }

        public UnauthorizedAccessException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class NotSupportedException : SystemException
    {
        public NotSupportedException() : base("Specified method is not supported.")
        {
        }

        public NotSupportedException(string message) : base(message)
        {
        }

        public NotSupportedException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() : base("Operation is not supported on this platform.")
        {
        }

        public PlatformNotSupportedException(string message) : base(message)
        {
        }

        public PlatformNotSupportedException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class NotImplementedException : SystemException
    {
        public NotImplementedException() : base("The method or operation is not implemented.")
        {
        }

        public NotImplementedException(string message) : base(message)
        {
        }

        public NotImplementedException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class FormatException : SystemException
    {
        public FormatException() : base("One of the identified items was in an invalid format.")
        {
        }

        public FormatException(string message) : base(message)
        {
        }

        public FormatException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class TimeoutException : SystemException
    {
        public TimeoutException() : base("The operation has timed out.")
        {
        }

        public TimeoutException(string message) : base(message)
        {
        }

        public TimeoutException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class OperationCanceledException : SystemException
    {
        public OperationCanceledException() : base("The operation was canceled.")
        {
        }

        public OperationCanceledException(string message) : base(message)
        {
        }

        public OperationCanceledException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public sealed class InsufficientExecutionStackException : SystemException
    {
        public InsufficientExecutionStackException()
            : base("Insufficient stack to continue executing the program safely. This can happen from having too many functions on the call stack or function on the stack using too much stack space.")
        {
        }

        public InsufficientExecutionStackException(string message) : base(message)
        {
        }

        public InsufficientExecutionStackException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class DuplicateWaitObjectException : ArgumentException
    {
        public DuplicateWaitObjectException() : base("Duplicate objects in argument.")
        {
        }

        public DuplicateWaitObjectException(string parameterName) : base("Duplicate objects in argument.", parameterName)
        {
        }

        public DuplicateWaitObjectException(string parameterName, string message) : base(message, parameterName)
        {
        }

        public DuplicateWaitObjectException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    // Several exceptions as one (what parallel code throws), as corefx writes it: the
    // message lists each inner message in parentheses, ToString each inner exception.
    public class AggregateException : Exception
    {
        private const string DefaultMessage = "One or more errors occurred.";
        private System.Collections.ObjectModel.ReadOnlyCollection<Exception> _innerExceptions;

        public AggregateException() : base(DefaultMessage)
        {
            _innerExceptions = new System.Collections.ObjectModel.ReadOnlyCollection<Exception>(new Exception[0]);
        }

        public AggregateException(string message) : base(message)
        {
            _innerExceptions = new System.Collections.ObjectModel.ReadOnlyCollection<Exception>(new Exception[0]);
        }

        public AggregateException(string message, Exception innerException) : base(message, innerException)
        {
            if (innerException == null)
                throw new ArgumentNullException("innerException");
            _innerExceptions = new System.Collections.ObjectModel.ReadOnlyCollection<Exception>(new Exception[] { innerException });
        }

        public AggregateException(System.Collections.Generic.IEnumerable<Exception> innerExceptions)
            : this(DefaultMessage, innerExceptions)
        {
        }

        public AggregateException(params Exception[] innerExceptions) : this(DefaultMessage, innerExceptions)
        {
        }

        public AggregateException(string message, System.Collections.Generic.IEnumerable<Exception> innerExceptions)
            : this(message, ToList(innerExceptions, "innerExceptions"))
        {
        }

        public AggregateException(string message, params Exception[] innerExceptions)
            : this(message, ToList(innerExceptions, "innerExceptions"))
        {
        }

        private AggregateException(string message, System.Collections.Generic.List<Exception> innerExceptions)
            : base(message, innerExceptions.Count > 0 ? innerExceptions[0] : null)
        {
            _innerExceptions = new System.Collections.ObjectModel.ReadOnlyCollection<Exception>(innerExceptions);
        }

        private static System.Collections.Generic.List<Exception> ToList(System.Collections.Generic.IEnumerable<Exception> source, string name)
        {
            if (source == null)
                throw new ArgumentNullException(name);
            System.Collections.Generic.List<Exception> list = new System.Collections.Generic.List<Exception>(source);
            for (int i = 0; i < list.Count; i++)
                if (list[i] == null)
                    throw new ArgumentException("An element of innerExceptions was null.");
            return list;
        }

        public System.Collections.ObjectModel.ReadOnlyCollection<Exception> InnerExceptions
        {
            get { return _innerExceptions; }
        }

        public override string Message
        {
            get
            {
                if (_innerExceptions.Count == 0)
                    return base.Message;
                System.Text.StringBuilder sb = new System.Text.StringBuilder(base.Message);
                for (int i = 0; i < _innerExceptions.Count; i++)
                    sb.Append(" (").Append(_innerExceptions[i].Message).Append(')');
                return sb.ToString();
            }
        }

        // The innermost exception reached through aggregates that hold exactly one.
        public override Exception GetBaseException()
        {
            Exception back = this;
            AggregateException backAsAggregate = this;
            while (backAsAggregate != null && backAsAggregate.InnerExceptions.Count == 1)
            {
                back = back.InnerException;
                backAsAggregate = back as AggregateException;
            }
            return back;
        }

        public void Handle(Func<Exception, bool> predicate)
        {
            if (predicate == null)
                throw new ArgumentNullException("predicate");
            System.Collections.Generic.List<Exception> unhandled = null;
            for (int i = 0; i < _innerExceptions.Count; i++)
            {
                if (predicate(_innerExceptions[i]))
                    continue;
                if (unhandled == null)
                    unhandled = new System.Collections.Generic.List<Exception>();
                unhandled.Add(_innerExceptions[i]);
            }
            if (unhandled != null)
                throw new AggregateException(Message, unhandled);
        }

        // Every non-aggregate exception of the tree, breadth first.
        public AggregateException Flatten()
        {
            System.Collections.Generic.List<Exception> flat = new System.Collections.Generic.List<Exception>();
            System.Collections.Generic.List<AggregateException> pending = new System.Collections.Generic.List<AggregateException>();
            pending.Add(this);
            for (int next = 0; next < pending.Count; next++)
            {
                System.Collections.ObjectModel.ReadOnlyCollection<Exception> inner = pending[next].InnerExceptions;
                for (int i = 0; i < inner.Count; i++)
                {
                    AggregateException asAggregate = inner[i] as AggregateException;
                    if (asAggregate != null)
                        pending.Add(asAggregate);
                    else
                        flat.Add(inner[i]);
                }
            }
            return new AggregateException(Message, flat);
        }

        public override string ToString()
        {
            System.Text.StringBuilder text = new System.Text.StringBuilder(base.ToString());
            for (int i = 0; i < _innerExceptions.Count; i++)
            {
                text.Append(Environment.NewLine).Append("---> (Inner Exception #").Append(i).Append(") ");
                text.Append(_innerExceptions[i].ToString()).Append("<---").Append(Environment.NewLine);
            }
            return text.ToString();
        }
    }

    public sealed class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() : base("Insufficient memory to continue the execution of the program.")
        {
        }

        public OutOfMemoryException(string message) : base(message)
        {
        }

        public OutOfMemoryException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public sealed class StackOverflowException : SystemException
    {
        public StackOverflowException() : base("Operation caused a stack overflow.")
        {
        }

        public StackOverflowException(string message) : base(message)
        {
        }

        public StackOverflowException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public sealed class InvalidProgramException : SystemException
    {
        public InvalidProgramException() : base("Common Language Runtime detected an invalid program.")
        {
        }

        public InvalidProgramException(string message) : base(message)
        {
        }

        public InvalidProgramException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public sealed class ExecutionEngineException : SystemException
    {
        public ExecutionEngineException() : base("Internal error in the runtime.")
        {
        }

        public ExecutionEngineException(string message) : base(message)
        {
        }

        public ExecutionEngineException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class AccessViolationException : SystemException
    {
        public AccessViolationException() : base("Attempted to read or write protected memory. This is often an indication that other memory is corrupt.")
        {
        }

        public AccessViolationException(string message) : base(message)
        {
        }

        public AccessViolationException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class TypeLoadException : SystemException
    {
        public TypeLoadException() : base("Failure has occurred while loading a type.")
        {
        }

        public TypeLoadException(string message) : base(message)
        {
        }

        public TypeLoadException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public sealed class TypeInitializationException : SystemException
    {
        private string _typeName;

        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException)
        {
            _typeName = fullTypeName;
        }

        public string TypeName
        {
            get { return _typeName ?? String.Empty; }
        }
    }

    public class MemberAccessException : SystemException
    {
        public MemberAccessException() : base("Cannot access member.")
        {
        }

        public MemberAccessException(string message) : base(message)
        {
        }

        public MemberAccessException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class FieldAccessException : MemberAccessException
    {
        public FieldAccessException() : base("Attempted to access a field that is not accessible by the caller.")
        {
        }

        public FieldAccessException(string message) : base(message)
        {
        }

        public FieldAccessException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class MissingMemberException : MemberAccessException
    {
        public MissingMemberException() : base("Attempted to access a missing member.")
        {
        }

        public MissingMemberException(string message) : base(message)
        {
        }

        public MissingMemberException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class MissingMethodException : MissingMemberException
    {
        public MissingMethodException() : base("Attempted to access a missing method.")
        {
        }

        public MissingMethodException(string message) : base(message)
        {
        }

        public MissingMethodException(string message, Exception inner) : base(message, inner)
        {
        }

        public MissingMethodException(string className, string methodName) : base("Method '" + className + "." + methodName + "' not found.")
        {
        }
    }

    public class MissingFieldException : MissingMemberException
    {
        public MissingFieldException() : base("Attempted to access a non-existing field.")
        {
        }

        public MissingFieldException(string message) : base(message)
        {
        }

        public MissingFieldException(string message, Exception inner) : base(message, inner)
        {
        }
    }
}

namespace System.Collections.Generic
{
    public class KeyNotFoundException : SystemException
    {
        public KeyNotFoundException() : base("The given key was not present in the dictionary.")
        {
        }

        public KeyNotFoundException(string message) : base(message)
        {
        }

        public KeyNotFoundException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }
}

namespace System.IO
{
    public class IOException : SystemException
    {
        public IOException() : base("I/O error occurred.")
        {
        }

        public IOException(string message) : base(message)
        {
        }

        public IOException(string message, int hresult) : base(message)
        {
            HResult = hresult;
        }

        public IOException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class EndOfStreamException : IOException
    {
        public EndOfStreamException() : base("Attempted to read past the end of the stream.")
        {
        }

        public EndOfStreamException(string message) : base(message)
        {
        }

        public EndOfStreamException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class FileNotFoundException : IOException
    {
        private string _fileName;

        public FileNotFoundException() : base("Unable to find the specified file.")
        {
        }

        public FileNotFoundException(string message) : base(message)
        {
        }

        public FileNotFoundException(string message, Exception innerException) : base(message, innerException)
        {
        }

        public FileNotFoundException(string message, string fileName) : base(message)
        {
            _fileName = fileName;
        }

        public FileNotFoundException(string message, string fileName, Exception innerException) : base(message, innerException)
        {
            _fileName = fileName;
        }

        public string FileName
        {
            get { return _fileName; }
        }
    }

    public class DirectoryNotFoundException : IOException
    {
        public DirectoryNotFoundException() : base("Attempted to access a path that is not on the disk.")
        {
        }

        public DirectoryNotFoundException(string message) : base(message)
        {
        }

        public DirectoryNotFoundException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class PathTooLongException : IOException
    {
        public PathTooLongException() : base("The specified file name or path is too long, or a component of the specified path is too long.")
        {
        }

        public PathTooLongException(string message) : base(message)
        {
        }

        public PathTooLongException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }
}

namespace System.Security
{
    // ilc has no code access security; nothing in corlib throws it, but programs name it
    // (catch clauses, isinst) and may throw it themselves.
    public class SecurityException : SystemException
    {
        public SecurityException() : base("A security error has been detected.")
        {
        }

        public SecurityException(string message) : base(message)
        {
        }

        public SecurityException(string message, Exception inner) : base(message, inner)
        {
        }
    }
}
