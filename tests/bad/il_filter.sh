#!/usr/bin/env bash
# Invalid control flow around filter blocks (ECMA-335 II.19): a filter is entered only by the
# exception system and left only by endfilter. A filter that branches out of itself, and a
# method that branches into a filter, are rejected with the method and the branch's IL offset.
# The inputs are tests/il/bad_filter_*.il.
source "$(dirname "$0")/lib.bash"
m="[^0-9A-Za-z_]"
# A compile-time error, or (JIT) an unhandled InvalidProgramException with the same details.
pre="(error: |InvalidProgramException: )"

il_case "branch out of a filter" bad_filter_leave "$pre.*Bad::FilterLeaves$m.*IL_0003.*filter"
il_case "branch into a filter" bad_filter_enter "$pre.*Bad::EntersFilter$m.*IL_0001.*filter"
finish
