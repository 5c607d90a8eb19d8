/*
 * internal.h — declarations shared between runtime/ files only: the C side of corlib's
 * internal calls (icalls.def) and small helpers. Not for use outside runtime/.
 */
#ifndef ILRT_INTERNAL_H
#define ILRT_INTERNAL_H

#include "ilrt.h"

#include <unwind.h>

void rt_console_flush(void);
_Unwind_Reason_Code rt_personality(int version, _Unwind_Action actions, uint64_t exception_class,
                                   struct _Unwind_Exception *ue, struct _Unwind_Context *ctx);
float rt_fmodf(float a, float b);
double rt_fmod(double a, double b);
void rt_array_store_check(RtArray *array, RtObject *value);

/* ---- internal calls (icalls.def), grouped by file ---- */

#endif
