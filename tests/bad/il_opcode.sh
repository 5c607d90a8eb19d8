#!/usr/bin/env bash
# Undecodable or unsupported IL: undefined opcodes (0xA6, 0xFE 0x30), a method body ending inside an
# operand, control falling off the end of a method, and a call through a token naming a
# MethodDef row that does not exist, and a call to a vararg method.
source "$(dirname "$0")/lib.bash"
m="[^0-9A-Za-z_]"
# A compile-time error, or (JIT) an unhandled InvalidProgramException with the same details.
pre="(error: |InvalidProgramException: )"

il_case "opcode 0xA6" bad_opcode "$pre.*Bad::UnknownOpcode$m.*IL_0001.*opcode"
il_case "opcode 0xFE 0x30" bad_opcode_fe "$pre.*Bad::UnknownPrefixed$m.*IL_0002.*opcode"
il_case "body ends inside an operand" bad_truncated_il "$pre.*Bad::Truncated$m.*IL_0001.*(truncat|end|operand|past|beyond)"
il_case "falls off the end" bad_fallthrough "$pre.*Bad::FallOff$m.*IL_000[12].*(end|fall|ret)"
il_case "call to a vararg method" bad_vararg_call "$pre.*Bad::CallVararg$m.*IL_0002.*vararg"
il_case "call with a bad token" bad_token "$pre.*Bad::BadToken$m.*IL_0001.*(token|0x06000099|MethodDef|row|range)"
finish
