#!/usr/bin/env bash
# Invalid branches (ECMA-335 III.1.7.5): past the end of the method, before its start, and
# into the middle of an instruction. The error names the method and the branch's IL offset.
source "$(dirname "$0")/lib.bash"
m="[^0-9A-Za-z_]"
# A compile-time error, or (JIT) an unhandled InvalidProgramException with the same details.
pre="(error: |InvalidProgramException: )"

il_case "branch past the end" bad_branch_out "$pre.*Bad::BranchOut$m.*IL_0001.*(branch|target)"
il_case "branch before the start" bad_branch_back "$pre.*Bad::BranchBack$m.*IL_0001.*(branch|target)"
il_case "branch into an instruction" bad_branch_mid "$pre.*Bad::BranchMid$m.*IL_000[26].*(branch|target|boundary)"
finish
