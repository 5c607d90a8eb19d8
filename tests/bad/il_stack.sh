#!/usr/bin/env bash
# Invalid IL that breaks the evaluation-stack rules (ECMA-335 III.1.7): underflow, a call with
# an argument missing, different depths or types where paths join, .maxstack exceeded, ret
# with a value in a void method, ret without a value in an int32 method. The inputs are
# tests/il/bad_*.il. The error must name the method and the IL offset (IL_ + 4 hex digits);
# the wording is free apart from a keyword.
source "$(dirname "$0")/lib.bash"
m="[^0-9A-Za-z_]"   # so that Bad::Underflow does not match Bad::UnderflowX
# A compile-time error, or (JIT) an unhandled InvalidProgramException with the same details.
pre="(error: |InvalidProgramException: )"

il_case "add on one value" bad_underflow "$pre.*Bad::Underflow$m.*IL_0001.*underflow"
il_case "call without argument" bad_call_underflow "$pre.*Bad::CallUnderflow$m.*IL_0001.*(underflow|stack)"
il_case "join with depths 1 and 2" bad_join_depth "$pre.*Bad::JoinDepth$m.*IL_000[148].*stack"
il_case "join with int32 and string" bad_join_type "$pre.*Bad::JoinType$m.*IL_000[14bB].*(stack|type|mismatch)"
il_case ".maxstack exceeded" bad_maxstack "$pre.*Bad::MaxStack$m.*IL_0002.*(maxstack|stack)"
il_case "ret value in void method" bad_ret_void "$pre.*Bad::RetValue$m.*IL_0001.*(ret|return|stack)"
il_case "ret without value" bad_ret_missing "$pre.*Bad::RetMissing$m.*IL_0001.*(ret|return|stack|underflow)"
finish
