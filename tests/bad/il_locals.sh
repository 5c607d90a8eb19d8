#!/usr/bin/env bash
# Local and argument indices out of range: ldloc.s 5 with one local, stloc.1 with no locals,
# ldarg.s 3 with one argument. The error names the method, the IL offset and what is wrong.
source "$(dirname "$0")/lib.bash"
m="[^0-9A-Za-z_]"
# A compile-time error, or (JIT) an unhandled InvalidProgramException with the same details.
pre="(error: |InvalidProgramException: )"

il_case "ldloc.s 5 with one local" bad_local "$pre.*Bad::BadLocal$m.*IL_0002.*local"
il_case "stloc.1 with no locals" bad_local_store "$pre.*Bad::BadLocalStore$m.*IL_0001.*local"
il_case "ldarg.s 3 with one argument" bad_arg "$pre.*Bad::BadArg$m.*IL_0000.*(arg|parameter)"
finish
