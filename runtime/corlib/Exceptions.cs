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
            get { return _HResult; }
            protected set { _HResult = value; }
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
