/*
 * except.c — failures raised by compiled code.
 *
 * Managed exception handling (unwinding to catch handlers) is not implemented yet; every
 * throw is therefore unhandled: it prints .NET's "Unhandled exception." line, flushes the
 * program's output and ends the process with exit code 1, as Mono does. The message comes
 * from Exception._message, the first field of System.Exception (offset 8).
 */
#include "ilrt.h"
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

_Noreturn static void die_unhandled(const char *type_name, const char *message)
{
    rt_finish();
    fflush(stdout);
    if (message && *message)
        fprintf(stderr, "Unhandled exception. %s: %s\n", type_name, message);
    else
        fprintf(stderr, "Unhandled exception. %s\n", type_name);
    exit(1);
}

_Noreturn void rt_throw(RtObject *exception)
{
    if (!exception)
        rt_throw_null_reference();
    char name[512];
    const RtType *t = exception->type;
    snprintf(name, sizeof name, "%s%s%s", t->ns ? t->ns : "", t->ns && *t->ns ? "." : "", t->name);
    RtString *msg = *(RtString **)((char *)exception + sizeof(RtObject));
    die_unhandled(name, msg ? rt_string_to_utf8(msg) : NULL);
}

_Noreturn void rt_throw_named(const char *type_name, const char *message)
{
    die_unhandled(type_name, message);
}

_Noreturn void rt_throw_null_reference(void)
{
    die_unhandled("System.NullReferenceException",
                  "Object reference not set to an instance of an object.");
}

_Noreturn void rt_throw_index_out_of_range(void)
{
    die_unhandled("System.IndexOutOfRangeException", "Index was outside the bounds of the array.");
}

_Noreturn void rt_throw_invalid_cast(void)
{
    die_unhandled("System.InvalidCastException", "Specified cast is not valid.");
}

_Noreturn void rt_throw_overflow(void)
{
    die_unhandled("System.OverflowException", "Arithmetic operation resulted in an overflow.");
}

_Noreturn void rt_throw_divide_by_zero(void)
{
    die_unhandled("System.DivideByZeroException", "Attempted to divide by zero.");
}

_Noreturn void rt_fatal(const char *fmt, ...)
{
    rt_finish();
    va_list ap;
    va_start(ap, fmt);
    fputs("ilc: fatal: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}
