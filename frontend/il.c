/*
 * il.c — decoding CIL instruction streams (ECMA-335 III.1.2, III.1.9), and listing them.
 *
 * The decoder walks a method body once, using the operand kinds of opcodes.def, and
 * produces an array of CilInsn with absolute branch targets. It rejects what no later
 * phase should have to think about: undefined opcodes, operands cut off by the end of the
 * body, and branch targets that leave the method or land inside an instruction.
 */
#include "internal.h"

#include <pthread.h>
#include <string.h>

const CilOpInfo cil_opinfo[CEE_COUNT] = {
#define OP(id, nm, code, opnd, pop, push, flow) {nm, code, OPND_##opnd, pop, push, FLOW_##flow},
#include "opcodes.def"
#undef OP
};

/* Opcode byte(s) to CilOpcode; -1 for undefined. Built once, from the one table. */
static int16_t one_byte[256], two_byte[256];
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void build_tables(void)
{
    memset(one_byte, 0xff, sizeof one_byte);
    memset(two_byte, 0xff, sizeof two_byte);
    for (int i = 0; i < CEE_COUNT; i++) {
        uint16_t c = cil_opinfo[i].code;
        if (c >= 0xFE00)
            two_byte[c & 0xff] = (int16_t)i;
        else
            one_byte[c] = (int16_t)i;
    }
}

static uint32_t rd32(const uint8_t *p)
{
    return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint64_t rd64(const uint8_t *p)
{
    return rd32(p) | (uint64_t)rd32(p + 4) << 32;
}

static const uint32_t operand_size[] = {
    [OPND_NONE] = 0,  [OPND_U8] = 1,  [OPND_I8] = 1,   [OPND_U16] = 2,
    [OPND_I32] = 4,   [OPND_I64] = 8, [OPND_R4] = 4,   [OPND_R8] = 8,
    [OPND_TOKEN] = 4, [OPND_BR8] = 1, [OPND_BR32] = 4, [OPND_SWITCH] = 4,
};

static const char *where(CilMethod *m)
{
    return cil_method_name(m);
}

static bool decode_operand(CilMethod *m, const uint8_t *code, uint32_t size, uint32_t pos,
                           CilInsn *in, CilArena *arena, CilDiag *diag)
{
    const CilOpInfo *info = &cil_opinfo[in->op];
    const uint8_t *p = code + pos;
    uint32_t need = operand_size[info->operand];
    if (pos + need > size) {
        cil_diag_set(diag, "%s: %s IL_%04x: %s operand runs past the end of the body",
                     m->owner->image->path, where(m), in->offset, info->name);
        return false;
    }
    uint32_t end = pos + need;
    switch (info->operand) {
    case OPND_NONE: break;
    case OPND_U8: in->arg.i = p[0]; break;
    case OPND_I8: in->arg.i = (int8_t)p[0]; break;
    case OPND_U16: in->arg.i = p[0] | p[1] << 8; break;
    case OPND_I32: in->arg.i = (int32_t)rd32(p); break;
    case OPND_I64: in->arg.i = (int64_t)rd64(p); break;
    case OPND_R4: {
        uint32_t b = rd32(p);
        float f;
        memcpy(&f, &b, 4);
        in->arg.r = f;
        break;
    }
    case OPND_R8: {
        uint64_t b = rd64(p);
        memcpy(&in->arg.r, &b, 8);
        break;
    }
    case OPND_TOKEN: in->arg.token = rd32(p); break;
    case OPND_BR8: in->arg.target = end + (int8_t)p[0]; break;
    case OPND_BR32: in->arg.target = end + (int32_t)rd32(p); break;
    case OPND_SWITCH: {
        uint32_t n = rd32(p);
        if (n > (size - end) / 4) {
            cil_diag_set(diag, "%s: %s IL_%04x: switch table runs past the end of the body",
                         m->owner->image->path, where(m), in->offset);
            return false;
        }
        end += 4 * n;
        in->n_targets = n;
        in->targets = cil_arena_alloc(arena, (n + 1) * sizeof(uint32_t));
        for (uint32_t i = 0; i < n; i++)
            in->targets[i] = end + (int32_t)rd32(p + 4 + 4 * i);
        break;
    }
    }
    in->size = end - in->offset;
    return true;
}

static bool check_target(CilMethod *m, const CilInsn *in, uint32_t target, const uint8_t *starts,
                         uint32_t size, CilDiag *diag)
{
    if (target < size && starts[target]) return true;
    cil_diag_set(diag, "%s: %s IL_%04x: %s target IL_%04x is %s", m->owner->image->path, where(m),
                 in->offset, cil_opinfo[in->op].name, target,
                 target >= size ? "outside the method" : "not at an instruction boundary");
    return false;
}

bool cil_decode(CilMethod *m, const CilBody *body, CilArena *arena, CilInsn **out, uint32_t *n_out,
                CilDiag *diag)
{
    pthread_once(&tables_once, build_tables);
    const uint8_t *code = body->code;
    uint32_t size = body->code_size;
    CilInsn *insns = cil_arena_alloc(arena, (size + 1) * sizeof(CilInsn));
    uint8_t *starts = cil_arena_alloc(arena, size + 1);
    uint32_t n = 0, pos = 0;
    while (pos < size) {
        CilInsn *in = &insns[n++];
        in->offset = pos;
        starts[pos] = 1;
        int16_t op = one_byte[code[pos]];
        if (code[pos] == 0xFE) {
            op = pos + 1 < size ? two_byte[code[pos + 1]] : -1;
            pos++;
        }
        pos++;
        if (op < 0) {
            cil_diag_set(diag, "%s: %s IL_%04x: unknown opcode 0x%02x%s", m->owner->image->path,
                         where(m), in->offset, code[in->offset],
                         code[in->offset] == 0xFE && in->offset + 1 < size ? " (two-byte)" : "");
            return false;
        }
        in->op = (CilOpcode)op;
        if (!decode_operand(m, code, size, pos, in, arena, diag)) return false;
        pos = in->offset + in->size;
    }
    for (uint32_t i = 0; i < n; i++) {
        const CilInsn *in = &insns[i];
        uint8_t kind = cil_opinfo[in->op].operand;
        if ((kind == OPND_BR8 || kind == OPND_BR32) &&
            !check_target(m, in, in->arg.target, starts, size, diag))
            return false;
        for (uint32_t t = 0; t < in->n_targets; t++)
            if (!check_target(m, in, in->targets[t], starts, size, diag)) return false;
    }
    *out = insns;
    *n_out = n;
    return true;
}

/* ---- listing (--dump-il) ---- */

static void print_operand(CilMethod *m, const CilInsn *in, FILE *out)
{
    switch (cil_opinfo[in->op].operand) {
    case OPND_NONE: break;
    case OPND_U8:
    case OPND_I8:
    case OPND_U16:
    case OPND_I32:
    case OPND_I64: fprintf(out, " %lld", (long long)in->arg.i); break;
    case OPND_R4:
    case OPND_R8: fprintf(out, " %.17g", in->arg.r); break;
    case OPND_BR8:
    case OPND_BR32: fprintf(out, " IL_%04x", in->arg.target); break;
    case OPND_SWITCH:
        fputs(" (", out);
        for (uint32_t t = 0; t < in->n_targets; t++)
            fprintf(out, "%sIL_%04x", t ? ", " : "", in->targets[t]);
        fputs(")", out);
        break;
    case OPND_TOKEN: {
        CilImage *img = m->owner->image;
        uint32_t tok = in->arg.token, row = CIL_TOKEN_ROW(tok);
        fprintf(out, " 0x%08x", tok);
        if (CIL_TOKEN_TABLE(tok) == CIL_TBL_USERSTRING) {
            const uint16_t *chars;
            uint32_t len;
            if (cil_user_string(img, tok, &chars, &len)) {
                fputs("  // \"", out);
                for (uint32_t i = 0; i < len && i < 60; i++) {
                    uint16_t c;
                    memcpy(&c, (const uint8_t *)chars + 2 * i, 2);
                    fputc(c >= 32 && c < 127 ? c : '?', out);
                }
                fputc('"', out);
            }
        } else if (cil_token_valid(img, tok)) {
            const char *name = NULL;
            switch (CIL_TOKEN_TABLE(tok)) {
            case CIL_TBL_METHODDEF: name = cil_methoddef(img, row)->name; break;
            case CIL_TBL_MEMBERREF: name = cil_memberref(img, row)->name; break;
            case CIL_TBL_FIELD: name = cil_field(img, row)->name; break;
            case CIL_TBL_TYPEDEF: name = cil_typedef(img, row)->name; break;
            case CIL_TBL_TYPEREF: name = cil_typeref(img, row)->name; break;
            default: break;
            }
            if (name) fprintf(out, "  // %s", name);
        }
        break;
    }
    }
}

bool cil_dump_il(CilMethod *m, FILE *out, CilDiag *diag)
{
    CilArena arena = {0};
    CilBody body;
    CilInsn *insns;
    uint32_t n;
    bool ok = cil_method_body(m->owner->image, m->row, &arena, &body, diag) &&
              cil_decode(m, &body, &arena, &insns, &n, diag);
    if (ok) {
        fprintf(out, "// %s  (%u bytes of IL, max stack %u, local sig 0x%08x)\n",
                cil_method_name(m), body.code_size, body.max_stack, body.local_sig_token);
        for (uint32_t i = 0; i < n; i++) {
            fprintf(out, "IL_%04x: %s", insns[i].offset, cil_opinfo[insns[i].op].name);
            print_operand(m, &insns[i], out);
            fputc('\n', out);
        }
        for (uint32_t i = 0; i < body.n_clauses; i++) {
            const CilEHClause *c = &body.clauses[i];
            fprintf(out, ".try IL_%04x to IL_%04x %s handler IL_%04x to IL_%04x\n", c->try_offset,
                    c->try_offset + c->try_length,
                    c->kind == CIL_EH_FINALLY  ? "finally"
                    : c->kind == CIL_EH_FAULT  ? "fault"
                    : c->kind == CIL_EH_FILTER ? "filter"
                                               : "catch",
                    c->handler_offset, c->handler_offset + c->handler_length);
        }
    }
    cil_arena_free(&arena);
    return ok;
}

uint32_t cil_method_il_size(CilMethod *m)
{
    if (!m->il_size_known) {
        CilArena a = {0};
        CilBody body;
        CilDiag d;
        const CilImage *img = m->owner->image;
        m->il_size =
            img && cil_methoddef(img, m->row)->rva && cil_method_body(img, m->row, &a, &body, &d)
                ? body.code_size
                : 0;
        m->il_size_known = true;
        cil_arena_free(&a);
    }
    return m->il_size;
}

/* Does the body branch backwards (contain a loop)? Bodies that do not decode say no: their
 * first compilation reports the error. */
bool cil_has_backward_branch(CilMethod *m, const CilBody *body, CilArena *arena)
{
    CilInsn *insns;
    uint32_t n;
    CilDiag d;
    if (!cil_decode(m, body, arena, &insns, &n, &d)) return false;
    for (uint32_t i = 0; i < n; i++) {
        uint8_t kind = cil_opinfo[insns[i].op].operand;
        if ((kind == OPND_BR8 || kind == OPND_BR32) && insns[i].arg.target <= insns[i].offset)
            return true;
        for (uint32_t t = 0; t < insns[i].n_targets; t++)
            if (insns[i].targets[t] <= insns[i].offset) return true;
    }
    return false;
}

/* ---- what a method refers to (AOT's list of everything it cannot compile) ---- */

static bool is_field_op(CilOpcode op)
{
    return op == CEE_LDFLD || op == CEE_LDFLDA || op == CEE_STFLD || op == CEE_LDSFLD ||
           op == CEE_LDSFLDA || op == CEE_STSFLD;
}

/* Get, Set, Address and .ctor of a multidimensional array type: no method to find, the
 * importer expands them. */
static bool is_mdarray_member(CilLoader *l, CilImage *img, uint32_t tok, const CilGenCtx *g,
                              CilDiag *d)
{
    if (CIL_TOKEN_TABLE(tok) != CIL_TBL_MEMBERREF || !cil_token_valid(img, tok)) return false;
    uint32_t parent = cil_memberref(img, CIL_TOKEN_ROW(tok))->parent;
    if (CIL_TOKEN_TABLE(parent) != CIL_TBL_TYPESPEC) return false;
    CilType *t = cil_type_from_token(l, img, parent, g, d);
    return t && t->kind == TK_ARRAY && t->rank;
}

/* A reference at il_offset that cannot be compiled, told without the assembly's path. */
static void visit_problem(CilMethod *m, uint32_t il_offset, CilDiag *d, CilRefVisit visit,
                          void *ctx)
{
    const char *path = m->owner->image->path;
    size_t plen = strlen(path);
    if (!strncmp(d->msg, path, plen) && d->msg[plen] == ':')
        memmove(d->msg, d->msg + plen + 2, strlen(d->msg + plen + 2) + 1);
    visit(ctx, m, il_offset, NULL, d);
}

/* An internal call needs its runtime function, found when its signature is resolved. Any
 * other method passes. */
static bool is_bound_icall(CilMethod *m, CilDiag *d)
{
    if (!(m->impl_flags & MIF_INTERNALCALL)) return true;
    if (cil_method_resolve_sig(m, d) && !m->icall)
        cil_diag_set(d, "internal call %s has no implementation in the runtime",
                     cil_method_name(m));
    return m->icall != NULL;
}

static void visit_token(CilMethod *m, const CilInsn *in, const CilGenCtx *g, CilRefVisit visit,
                        void *ctx)
{
    CilLoader *l = m->owner->loader;
    CilImage *img = m->owner->image;
    uint32_t tok = in->arg.token, table = CIL_TOKEN_TABLE(tok);
    CilDiag d = {0};
    bool problem = false;
    CilMethod *callee = NULL;
    if (table == 0x70 || in->op == CEE_CALLI) return;  /* a string; a signature */
    if (is_mdarray_member(l, img, tok, g, &d)) return; /* expanded by the importer */
    if (table == CIL_TBL_TYPEDEF || table == CIL_TBL_TYPEREF || table == CIL_TBL_TYPESPEC) {
        problem = !cil_type_from_token(l, img, tok, g, &d);
    } else if (table == CIL_TBL_FIELD || is_field_op(in->op) || in->op == CEE_LDTOKEN) {
        problem = table != CIL_TBL_METHODDEF && table != CIL_TBL_METHODSPEC &&
                  !cil_field_from_token(l, img, tok, g, &d) && is_field_op(in->op);
    } else if (!(callee = cil_method_from_token(l, img, tok, g, &d))) {
        problem = true;
    } else if ((callee->impl_flags & MIF_INTERNALCALL) && cil_is_expanded_icall(callee)) {
        return; /* expanded by the importer: nothing to call, nothing missing */
    } else if (callee->flags & MDF_PINVOKEIMPL) {
        cil_diag_set(&d, "platform invoke (%s) is not supported", cil_method_name(callee));
        problem = true;
        callee = NULL;
    } else if (!is_bound_icall(callee, &d)) {
        problem = true;
        callee = NULL;
    }
    if (problem)
        visit_problem(m, in->offset, &d, visit, ctx);
    else if (callee)
        visit(ctx, m, in->offset, callee, NULL);
}

/* The class a catch clause names is a reference too; told at the handler's offset. */
static void visit_catch_types(CilMethod *m, const CilBody *body, const CilGenCtx *g,
                              CilRefVisit visit, void *ctx)
{
    for (uint32_t i = 0; i < body->n_clauses; i++) {
        const CilEHClause *c = &body->clauses[i];
        CilDiag d = {0};
        if (c->kind == CIL_EH_CATCH &&
            !cil_type_from_token(m->owner->loader, m->owner->image, c->class_token, g, &d))
            visit_problem(m, c->handler_offset, &d, visit, ctx);
    }
}

bool cil_method_references(CilMethod *m, CilRefVisit visit, void *ctx, CilDiag *diag)
{
    CilArena arena = {0};
    CilBody body;
    CilInsn *insns;
    uint32_t n;
    bool ok = cil_method_resolve_sig(m, diag) &&
              cil_method_body(m->owner->image, m->row, &arena, &body, diag) &&
              cil_decode(m, &body, &arena, &insns, &n, diag);
    CilGenCtx g = cil_method_context(m);
    for (uint32_t i = 0; ok && i < n; i++)
        if (cil_opinfo[insns[i].op].operand == OPND_TOKEN)
            visit_token(m, &insns[i], &g, visit, ctx);
    if (ok) visit_catch_types(m, &body, &g, visit, ctx);
    cil_arena_free(&arena);
    return ok;
}
