/*
 * internal.h — declarations shared between runtime/ files only: the C side of corlib's
 * internal calls (icalls.def) and small helpers. Not for use outside runtime/.
 */
#ifndef ILRT_INTERNAL_H
#define ILRT_INTERNAL_H

#include "ilrt.h"

#include <unwind.h>

void rt_console_flush(void);
void rt_signals_init(void);
_Unwind_Reason_Code rt_personality(int version, _Unwind_Action actions, uint64_t exception_class,
                                   struct _Unwind_Exception *ue, struct _Unwind_Context *ctx);
void rt_array_store_check(RtArray *array, RtObject *value);
void rt_array_address_check(RtArray *array, RtType *type);

/* The start of corlib's System.Exception: Exceptions.cs declares these fields first, in
 * this order. The runtime builds exceptions it raises, reports unhandled ones, and keeps
 * the frames one passed through here (except.c). */
typedef struct RtStackTrace RtStackTrace;
typedef struct RtException {
    RtObject header;
    RtString *message;
    RtObject *inner;
    RtStackTrace *trace; /* NULL until thrown; GC memory (the object is scanned whole) */
} RtException;

/* System.Delegate's fields: Delegate.cs declares them first, in this order. */
typedef struct RtDelegate {
    RtObject header;
    RtObject *target;
    int64_t method_ptr;
    int64_t method;
} RtDelegate;

/* Threads (thread.c, gc.c, signals.c): what the rest of the runtime needs of them. */
uint64_t rt_thread_self(void); /* this thread's serial: never 0, never reused */
int rt_thread_start_detached(void *(*fn)(void *), void *arg); /* GC-registered */
void rt_threads_wait_foreground(void);
bool rt_threads_running(void); /* managed threads started and not ended */
void rt_signals_thread_init(void);
void rt_signals_thread_finish(void);
/* object.c: a .cctor that threw (except.c) no longer runs: wake threads waiting for it */
void rt_class_init_abandoned(RtType *type);

/* ---- internal calls (icalls.def), grouped by file ---- */

/* System.Decimal's 16 bytes, passed by pointer: the magnitude is the 96-bit integer
 * hi:mid:lo; flags holds the scale (0..28) in bits 16-23 and the sign in bit 31. */
typedef struct RtDecimal {
    uint32_t flags, hi, lo, mid;
} RtDecimal;

/* string.c: strings, chars, UTF-8/UTF-16 helpers */
int32_t rt_utf8_to_utf16(const char *src, size_t n, uint16_t *dst); /* dst NULL: just count */
int rt_utf8_encode(uint32_t c, char *out);                          /* returns bytes written */
uint32_t rt_utf16_next(const uint16_t *chars, int32_t length, int32_t *i);
bool rt_char_is_white_space(uint16_t c);
int32_t rt_char_get_category(uint16_t c);
uint16_t rt_char_to_upper(uint16_t c);
uint16_t rt_char_to_lower(uint16_t c);
double rt_char_numeric_value(uint16_t c);
int32_t rt_string_get_length(RtString *s);
uint16_t rt_string_get_chars(RtString *s, int32_t index);
RtString *rt_string_from_chars(RtArray *value, int32_t start, int32_t length);
RtString *rt_string_repeat(uint16_t c, int32_t count);
RtString *rt_string_concat2(RtString *a, RtString *b);
RtString *rt_string_concat_array(RtArray *values);
RtString *rt_string_substring(RtString *s, int32_t start, int32_t length);
bool rt_string_equals(RtString *a, RtString *b);
bool rt_string_equals_ignore_case(RtString *a, RtString *b);
int32_t rt_string_compare_ordinal(RtString *a, int32_t ia, RtString *b, int32_t ib, int32_t length);
int32_t rt_string_compare_ordinal_full(RtString *a, RtString *b);
int32_t rt_string_compare_ordinal_ignore_case(RtString *a, int32_t ia, RtString *b, int32_t ib,
                                              int32_t length);
int32_t rt_string_compare_culture(RtString *a, int32_t ia, int32_t la, RtString *b, int32_t ib,
                                  int32_t lb, bool ignore_case);
int32_t rt_string_index_of_char(RtString *s, uint16_t c, int32_t start, int32_t count);
int32_t rt_string_last_index_of_char(RtString *s, uint16_t c, int32_t start, int32_t count);
int32_t rt_string_index_of_string(RtString *s, RtString *v, int32_t start, int32_t count,
                                  bool ignore_case);
int32_t rt_string_last_index_of_string(RtString *s, RtString *v, int32_t start, int32_t count,
                                       bool ignore_case);
RtString *rt_string_replace_char(RtString *s, uint16_t old_char, uint16_t new_char);
RtString *rt_string_replace_string(RtString *s, RtString *old_value, RtString *new_value);
RtString *rt_string_to_upper(RtString *s);
RtString *rt_string_to_lower(RtString *s);
RtString *rt_string_trim(RtString *s, RtArray *trim_chars, int32_t which);
RtString *rt_string_pad(RtString *s, int32_t total_width, uint16_t c, bool left);
RtString *rt_string_join(RtString *separator, RtArray *values, int32_t start, int32_t count);
RtArray *rt_string_to_char_array(RtString *s, int32_t start, int32_t length);
void rt_string_copy_to_array(RtString *s, int32_t source_index, RtArray *destination,
                             int32_t destination_index, int32_t count);
int32_t rt_string_hash(RtString *s);
RtString *rt_string_intern(RtString *s, bool add);
RtString *rt_string_insert(RtString *s, int32_t start, RtString *value);
RtString *rt_string_remove(RtString *s, int32_t start, int32_t count);

/* number.c: formatting returns NULL for a bad format; parsing returns 0 ok,
 * 1 format error, 2 overflow */
RtString *rt_number_format_int64(int64_t value, RtString *format, int32_t size);
RtString *rt_number_format_uint64(uint64_t value, RtString *format, int32_t size);
RtString *rt_number_format_double(double value, RtString *format);
RtString *rt_number_format_single(float value, RtString *format);
RtString *rt_number_format_decimal(const RtDecimal *value, RtString *format);
int32_t rt_number_parse_int64(RtString *s, int32_t styles, int32_t size, int64_t *result);
int32_t rt_number_parse_uint64(RtString *s, int32_t styles, int32_t size, uint64_t *result);
int32_t rt_number_parse_double(RtString *s, int32_t styles, double *result);
int32_t rt_number_parse_decimal(RtString *s, int32_t styles, RtDecimal *result);
int64_t rt_bitconverter_double_to_int64_bits(double value);
double rt_bitconverter_int64_bits_to_double(int64_t value);
int32_t rt_bitconverter_single_to_int32_bits(float value);
float rt_bitconverter_int32_bits_to_single(int32_t value);

/* decimal.c: arithmetic writes its result into d1 and returns 0, 1 on overflow or 2 on
 * division by zero */
int32_t rt_decimal_add(RtDecimal *d1, const RtDecimal *d2, bool subtract);
int32_t rt_decimal_multiply(RtDecimal *d1, const RtDecimal *d2);
int32_t rt_decimal_divide(RtDecimal *d1, const RtDecimal *d2);
int32_t rt_decimal_remainder(RtDecimal *d1, const RtDecimal *d2);
int32_t rt_decimal_compare(const RtDecimal *d1, const RtDecimal *d2);
/* drops `digits` decimals; mode 0 half to even, 1 half away from zero, 2 truncate, 3 floor,
 * 4 ceiling */
void rt_decimal_round(RtDecimal *d, int32_t digits, int32_t mode);
int32_t rt_decimal_from_double(double value, RtDecimal *result);
int32_t rt_decimal_from_single(float value, RtDecimal *result);
double rt_decimal_to_double(const RtDecimal *d);
int32_t rt_decimal_get_hash_code(const RtDecimal *d);

/* console.c: stream 1 is stdout, 2 is stderr */
void rt_console_write_string(int32_t stream, RtString *value);
void rt_console_write_line(int32_t stream, RtString *value);
void rt_console_write_char(int32_t stream, uint16_t value);
void rt_console_write_chars(int32_t stream, RtArray *buffer, int32_t index, int32_t count);
void rt_console_flush_stream(int32_t stream);
RtString *rt_console_read_line(void);
int32_t rt_console_read(bool peek);

/* file.c: failures return a negative errno */
int32_t rt_file_open(RtString *path, int32_t mode, int32_t access);
int32_t rt_file_read(int32_t fd, RtArray *buffer, int32_t offset, int32_t count);
int32_t rt_file_write(int32_t fd, RtArray *buffer, int32_t offset, int32_t count);
int64_t rt_file_seek(int32_t fd, int64_t offset, int32_t whence);
int32_t rt_file_close(int32_t fd);
int32_t rt_file_truncate(int32_t fd, int64_t length);
int64_t rt_file_length(int32_t fd);
int32_t rt_file_kind(RtString *path);
int64_t rt_file_size(RtString *path);
int64_t rt_file_mtime(RtString *path);
int32_t rt_file_unlink(RtString *path);
int32_t rt_file_rename(RtString *from, RtString *to);
int32_t rt_file_mkdir(RtString *path);
int32_t rt_file_rmdir(RtString *path);
int32_t rt_file_chdir(RtString *path);
RtArray *rt_file_list(RtString *path);
RtString *rt_file_error_text(int32_t err);
int32_t rt_file_getpid(void);

/* mathlib.c */
double rt_math_sin(double a);
double rt_math_cos(double d);
double rt_math_tan(double a);
double rt_math_asin(double d);
double rt_math_acos(double d);
double rt_math_atan(double d);
double rt_math_atan2(double y, double x);
double rt_math_sinh(double value);
double rt_math_cosh(double value);
double rt_math_tanh(double value);
double rt_math_asinh(double d);
double rt_math_acosh(double d);
double rt_math_atanh(double d);
double rt_math_exp(double d);
double rt_math_log(double d);
double rt_math_log10(double d);
double rt_math_pow(double x, double y);
double rt_math_sqrt(double d);
double rt_math_cbrt(double d);
double rt_math_ieee_remainder(double x, double y);
double rt_math_floor(double d);
double rt_math_ceiling(double a);
double rt_math_truncate(double d);
double rt_math_round(double a);
double rt_math_abs(double value);
float rt_math_absf(float value);
float rt_fmodf(float a, float b);
double rt_fmod(double a, double b);
/* libm's floor, ceil and trunc, exactly, under their own names in rt_symbols */
double rt_floor(double x);
double rt_ceil(double x);
double rt_trunc(double x);
float rt_floorf(float x);
float rt_ceilf(float x);
float rt_truncf(float x);

/* except.c */
RtString *rt_exception_get_stack_trace(RtObject *self);
RtString *rt_env_get_stack_trace(void);
RtArray *rt_stack_trace_frames(RtObject *exception);

/* env.c: Environment, Stopwatch, GC, and Object/Type/Array reflection on RtType */
RtArray *rt_env_get_args(void);
int32_t rt_env_tick_count(void);
int64_t rt_stopwatch_get_timestamp(void);
int64_t rt_datetime_get_system_time(void);
int32_t rt_datetime_get_local_offset(int64_t unix_seconds);
int32_t rt_env_get_exit_code(void);
void rt_env_set_exit_code(int32_t code);
void rt_env_exit(int32_t code);
RtString *rt_env_get_variable(RtString *name);
int32_t rt_env_processor_count(void);
RtString *rt_env_get_cwd(void);
RtString *rt_env_machine_name(void);
void rt_gc_collect(void);
int64_t rt_gc_total_memory(void);
int32_t rt_gc_collection_count(void);
RtObject *rt_weak_get(intptr_t *link); /* gc.c */
void rt_weak_set(intptr_t *link, RtObject *target);
RtString *rt_object_get_type_name(RtObject *self);
int64_t rt_object_get_type_handle(RtObject *self);
RtObject *rt_object_memberwise_clone(RtObject *self);
int32_t rt_object_get_hash_code(RtObject *o);
bool rt_valuetype_equals(RtObject *a, RtObject *b);
int32_t rt_valuetype_get_hash_code(RtObject *o);
int64_t rt_enum_get_value(RtObject *self);
RtString *rt_enum_get_name(RtObject *self, bool as_flags);
RtString *rt_enum_name_of(int64_t handle, int64_t value);
RtArray *rt_enum_names_of(int64_t handle);
RtArray *rt_enum_values_of(int64_t handle);
bool rt_enum_value_of(int64_t handle, RtString *name, bool ignore_case, int64_t *value);
RtObject *rt_enum_box(int64_t handle, int64_t value);
int32_t rt_array_get_rank(RtArray *a);
int32_t rt_array_get_length_dim(RtArray *a, int32_t dim);
int32_t rt_array_get_lower_bound(RtArray *a, int32_t dim);
int32_t rt_enum_get_value_size(RtObject *self);
RtString *rt_type_get_name(int64_t handle);
RtString *rt_type_get_namespace(int64_t handle);
RtString *rt_type_get_full_name(int64_t handle);    /* Type.FullName */
RtString *rt_type_get_display_name(int64_t handle); /* Type.ToString() */
int64_t rt_type_get_parent(int64_t handle);
int32_t rt_type_get_flags(int64_t handle);
int64_t rt_type_get_element(int64_t handle);
int32_t rt_reflect_method_count(int64_t type_handle); /* -1: not known in this mode */
int64_t rt_reflect_method_at(int64_t type_handle, int32_t i);
RtString *rt_reflect_method_name(int64_t m);
int32_t rt_reflect_method_attributes(int64_t m);
int32_t rt_reflect_method_slot(int64_t m);
int64_t rt_reflect_method_declaring(int64_t m);
int64_t rt_reflect_method_return(int64_t m);
int32_t rt_reflect_param_count(int64_t m);
int64_t rt_reflect_param_type(int64_t m, int32_t i);
RtString *rt_reflect_param_name(int64_t m, int32_t i);
int32_t rt_reflect_param_flags(int64_t m, int32_t i);
RtString *rt_reflect_prepare_invoke(int64_t m);
RtObject *rt_reflect_invoke(int64_t m, RtObject *target, RtArray *args);
RtObject *rt_reflect_allocate(int64_t t);
bool rt_reflect_is_instance(int64_t t, RtObject *obj);
bool rt_reflect_is_subtype(int64_t t, int64_t target);
int32_t rt_reflect_attribute_count(int64_t m);
int64_t rt_reflect_attribute_at(int64_t m, int32_t i);
int32_t rt_reflect_type_attribute_count(int64_t t);
int64_t rt_reflect_type_attribute_at(int64_t t, int32_t i);
int64_t rt_reflect_attribute_ctor(int64_t a);
int32_t rt_reflect_attribute_size(int64_t a);
void rt_reflect_attribute_blob(int64_t a, RtArray *dst);
int64_t rt_reflect_generic_def(int64_t t);
int32_t rt_reflect_field_count(int64_t t); /* -1: not known in this mode */
int64_t rt_reflect_field_at(int64_t t, int32_t i);
RtString *rt_reflect_field_name(int64_t f);
int32_t rt_reflect_field_attributes(int64_t f);
int64_t rt_reflect_field_declaring(int64_t f);
int64_t rt_reflect_field_type(int64_t f);
RtObject *rt_reflect_field_get(int64_t f, RtObject *obj);
void rt_reflect_field_set(int64_t f, RtObject *obj, RtObject *value);
int32_t rt_reflect_property_count(int64_t t); /* -1: not known in this mode */
int64_t rt_reflect_property_at(int64_t t, int32_t i);
RtString *rt_reflect_property_name(int64_t p);
int32_t rt_reflect_property_attributes(int64_t p);
int64_t rt_reflect_property_type(int64_t p);
int64_t rt_reflect_property_getter(int64_t p);
int64_t rt_reflect_property_setter(int64_t p);
int32_t rt_reflect_generic_count(int64_t t);
int64_t rt_reflect_generic_arg(int64_t t, int32_t i);
RtString *rt_reflect_make_generic_type(int64_t def, RtArray *args, RtArray *result);
RtString *rt_reflect_make_generic_method(int64_t m, RtArray *args, RtArray *result);
int32_t rt_reflect_method_generic_count(int64_t m);
int64_t rt_reflect_method_generic_arg(int64_t m, int32_t i);
int64_t rt_reflect_method_generic_def(int64_t m);
int64_t rt_reflect_find_method(int64_t t, RtString *name);
int32_t rt_reflect_field_attribute_count(int64_t f);
int64_t rt_reflect_field_attribute_at(int64_t f, int32_t i);
int32_t rt_reflect_property_attribute_count(int64_t p);
int64_t rt_reflect_property_attribute_at(int64_t p, int32_t i);
int64_t rt_reflect_type_by_name(RtString *name, int32_t scope, bool ignore_case);
RtString *rt_reflect_program_assembly(void);
int32_t rt_array_get_length(RtArray *self);
bool rt_array_copy(RtArray *src, int32_t src_index, RtArray *dst, int32_t dst_index,
                   int32_t length);
void rt_array_clear(RtArray *a, int32_t index, int32_t length);
void rt_array_reverse(RtArray *a, int32_t index, int32_t length);
RtObject *rt_array_clone(RtArray *self);
RtObject *rt_array_get_value(RtArray *self, int32_t index);
enum { RT_SET_OK = 0, RT_SET_INVALID_CAST = 1, RT_SET_NOT_WIDENING = 2 }; /* SetValue */
int32_t rt_array_set_value(RtArray *self, RtObject *value, int32_t index);
RtArray *rt_array_new_instance(int64_t elem_handle, RtArray *lengths, RtArray *lower_bounds);
void rt_thread_sleep(int32_t milliseconds);
int32_t rt_thread_start_managed(RtObject *run, bool background); /* thread.c */
RtObject *rt_thread_get_current(void);
void rt_thread_set_current(RtObject *thread);
void rt_thread_adjust_foreground(int32_t delta);
bool rt_thread_yield(void);
void rt_thread_spin_wait(int32_t iterations);
int64_t rt_thread_now_ms(void);
void rt_thread_memory_barrier(void);
bool rt_monitor_enter(RtObject *obj, int32_t timeout_ms); /* monitor.c */
bool rt_monitor_exit(RtObject *obj);
bool rt_monitor_is_entered(RtObject *obj);
int32_t rt_monitor_wait(RtObject *obj, int32_t timeout_ms);
bool rt_monitor_pulse(RtObject *obj, bool all);
int32_t rt_interlocked_add32(int32_t *location, int32_t value); /* returns the new value */
int64_t rt_interlocked_add64(int64_t *location, int64_t value);
int32_t rt_interlocked_exchange32(int32_t *location, int32_t value); /* returns the old value */
int64_t rt_interlocked_exchange64(int64_t *location, int64_t value);
RtObject *rt_interlocked_exchange_object(RtObject **location, RtObject *value);
int32_t rt_interlocked_compare_exchange32(int32_t *location, int32_t value, int32_t comparand);
int64_t rt_interlocked_compare_exchange64(int64_t *location, int64_t value, int64_t comparand);
RtObject *rt_interlocked_compare_exchange_object(RtObject **location, RtObject *value,
                                                 RtObject *comparand);

/* FNV-1a over n bytes: boxed value types' GetHashCode, the runtime-symbol table. */
static inline uint32_t rt_fnv1a(const void *data, size_t n)
{
    const unsigned char *p = data;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

#endif
