/*
 * test_typesys.c — layout, vtables, interface maps and corlib binding, on the shapes of
 * tests/unit/fixtures/typesys.cs.
 */
#include "frontend/internal.h"

#include <criterion/criterion.h>
#include <string.h>

static CilLoader *loader;
static CilImage *fixture;
static char fake_code[64];

static void *fake_entry(void *ctx, CilMethod *m, bool unboxing)
{
    return fake_code + (unboxing ? 1 : 0);
}

static void setup(void)
{
    rt_init();
    CilHooks hooks = {.entry_point = fake_entry};
    loader = cil_loader_new(&hooks);
    CilDiag d = {0};
    fixture = cil_loader_load(loader, ILC_BUILD_DIR "/tests/unit/typesys.exe", &d);
    cr_assert(fixture, "%s", d.msg);
    cr_assert(cil_loader_load_corlib(loader, ILC_BUILD_DIR "/mscorlib.dll", &d), "%s", d.msg);
}

static CilType *type(const char *name)
{
    for (uint32_t r = 1; r <= fixture->rows[CIL_TBL_TYPEDEF]; r++) {
        CilDiag d = {0};
        CilType *t = cil_type_from_token(loader, fixture, CIL_TOKEN(CIL_TBL_TYPEDEF, r), NULL, &d);
        cr_assert(t, "%s", d.msg);
        if (!strcmp(t->name, name)) return t;
    }
    cr_assert_fail("no type %s in the fixture", name);
    return NULL;
}

static CilField *field(CilType *t, const char *name)
{
    CilDiag d = {0};
    cr_assert(cil_type_layout(t, &d), "%s", d.msg);
    for (uint32_t i = 0; i < t->n_fields; i++)
        if (!strcmp(t->fields[i].name, name)) return &t->fields[i];
    cr_assert_fail("no field %s", name);
    return NULL;
}

static CilMethod *method(CilType *t, const char *name)
{
    uint32_t i = 0;
    CilMethod *m = cil_type_method_named(t, name, &i);
    if (m) return m;
    cr_assert_fail("no method %s", name);
    return NULL;
}

TestSuite(typesys, .init = setup);

Test(typesys, instance_fields_follow_the_header_at_natural_alignment)
{
    CilType *t = type("Fields");
    cr_expect_eq(field(t, "a")->offset, 8);
    cr_expect_eq(field(t, "b")->offset, 12);
    cr_expect_eq(field(t, "c")->offset, 16);
    cr_expect_eq(field(t, "d")->offset, 24);
    cr_expect_eq(t->size, 32);
    cr_expect(t->has_refs);
}

Test(typesys, derived_fields_come_after_the_parent)
{
    CilType *t = type("Derived");
    cr_expect_eq(field(t, "e")->offset, 32);
    cr_expect_eq(t->size, 40);
}

Test(typesys, statics_live_in_their_own_block)
{
    CilType *t = type("Fields");
    CilField *s1 = field(t, "s1"), *s2 = field(t, "s2");
    cr_expect(s1->is_static && s2->is_static);
    cr_expect_neq(s1->offset, s2->offset);
    cr_expect_geq(t->statics_size, 16);
    cr_expect(t->statics_have_refs);
}

Test(typesys, override_reuses_the_slot_and_new_takes_another)
{
    CilDiag d = {0};
    CilType *base = type("Base"), *over = type("Over");
    cr_assert(cil_type_vtable(over, &d), "%s", d.msg);
    CilMethod *bv = method(base, "V"), *bw = method(base, "W");
    CilMethod *ov = method(over, "V"), *ow = method(over, "W");
    cr_expect_eq(ov->vtable_slot, bv->vtable_slot);
    cr_expect_neq(ow->vtable_slot, bw->vtable_slot);
    cr_expect_eq(over->vtable[bv->vtable_slot], ov);
    cr_expect_eq(over->vtable[bw->vtable_slot], bw, "`new` must not replace the parent's slot");
}

Test(typesys, interfaces_are_flattened_and_mapped)
{
    CilDiag d = {0};
    CilType *over = type("Over"), *ia = type("IA"), *ib = type("IB");
    cr_assert(cil_type_vtable(over, &d), "%s", d.msg);
    int ia_at = -1;
    for (uint32_t i = 0; i < over->n_interfaces; i++)
        if (over->interfaces[i] == ia) ia_at = (int)i;
    cr_assert_geq(ia_at, 0, "IA, inherited through IB, must be in the list");
    (void)ib;
    cr_expect_eq(over->vtable[over->iface_offsets[ia_at]], method(over, "M"));
}

Test(typesys, explicit_implementation_binds_through_methodimpl)
{
    CilDiag d = {0};
    CilType *ex = type("Explicit");
    cr_assert(cil_type_vtable(ex, &d), "%s", d.msg);
    cr_assert_eq(ex->n_interfaces, 1);
    CilMethod *impl = ex->vtable[ex->iface_offsets[0]];
    cr_expect(strstr(impl->name, "M") != NULL, "got %s", impl->name);
    cr_expect_eq(impl->owner, ex);
}

Test(typesys, runtime_descriptor_has_vtable_of_entry_points)
{
    CilDiag d = {0};
    RtType *rt = cil_type_handle(type("Over"), &d);
    cr_assert(rt, "%s", d.msg);
    cr_expect_str_eq(rt->name, "Over");
    cr_expect_eq(rt->parent, type("Base")->rt);
    cr_expect_eq(rt->vtable[0], fake_code);
    cr_expect(rt_is_subtype(rt, type("IA")->rt));
    cr_expect(!rt_is_subtype(type("Base")->rt, rt));
}

Test(typesys, primitives_bind_to_corlib)
{
    CilType *i4 = loader->well_known[ELEMENT_TYPE_I4];
    cr_assert(i4);
    cr_expect_str_eq(i4->full_name, "System.Int32");
    cr_expect_eq(i4->kind, TK_VALUETYPE);
    cr_expect_eq(i4->stack_kind, SK_I4);
    cr_expect_eq(loader->t_string->stack_kind, SK_REF);
}

Test(typesys, a_missing_corlib_member_is_named)
{
    CilMethod *m = method(type("Code"), "Missing");
    CilArena arena = {0};
    CilBody body;
    CilDiag d = {0};
    cr_assert(cil_method_body(fixture, m->row, &arena, &body, &d), "%s", d.msg);
    /* Missing() is: call void [mscorlib]System.Console::Beep(); ret */
    uint32_t token =
        body.code[1] | body.code[2] << 8 | body.code[3] << 16 | (uint32_t)body.code[4] << 24;
    cr_assert(!cil_method_from_token(loader, fixture, token, NULL, &d));
    cr_expect(strstr(d.msg, "System.Console::Beep()") != NULL, "got: %s", d.msg);
    cr_expect(strstr(d.msg, "corlib") != NULL, "got: %s", d.msg);
    cil_arena_free(&arena);
}

/* ---- vtables adopted from an image's plans (dispatch.c) ---- */

static bool trust(void *ctx, const uint8_t *data, size_t size, const CilFileStamp *stamp)
{
    (void)ctx, (void)data, (void)size, (void)stamp;
    return true;
}

static bool same_method(const CilMethod *a, const CilMethod *b)
{
    return !strcmp(a->owner->full_name, b->owner->full_name) && a->row == b->row &&
           !strcmp(a->name, b->name);
}

/* t instantiated with every argument Int32 (its instantiations are computed, over parents
 * whose vtables may have been adopted), or t itself when it is not generic. */
static CilType *closed(CilLoader *l, CilType *t)
{
    if (!t || !t->n_generic_params) return t;
    CilType *args[16];
    if (t->n_generic_params > 16) return NULL;
    for (uint32_t i = 0; i < t->n_generic_params; i++)
        args[i] = l->well_known[ELEMENT_TYPE_I4];
    CilDiag d = {0};
    return cil_type_instantiate(t, args, t->n_generic_params, &d);
}

/* Every class of img in `plain` and its counterpart in `planned` (generic ones over Int32):
 * the same vtable, slot by slot, the same interface offsets, each virtual in the same slot.
 * Returns how many classes were compared. */
static uint32_t compare_vtables(CilLoader *plain, CilImage *img, CilLoader *planned, CilImage *img2)
{
    uint32_t compared = 0;
    for (uint32_t r = 1; r <= img->rows[CIL_TBL_TYPEDEF]; r++) {
        CilDiag d = {0}, d2 = {0};
        CilType *a = closed(plain, cil_type_from_typedef(plain, img, r, &d));
        CilType *b = closed(planned, cil_type_from_typedef(planned, img2, r, &d2));
        cr_assert((a != NULL) == (b != NULL), "TypeDef row %u", r);
        if (!a) continue;
        bool ok = cil_type_vtable(a, &d);
        cr_assert_eq(ok, cil_type_vtable(b, &d2), "%s", a->full_name);
        if (!ok) continue;
        cr_assert_eq(a->n_vtable, b->n_vtable, "%s", a->full_name);
        cr_assert_eq(a->n_class_slots, b->n_class_slots, "%s", a->full_name);
        cr_assert_eq(a->n_interfaces, b->n_interfaces, "%s", a->full_name);
        for (uint32_t s = 0; s < a->n_vtable; s++)
            cr_assert(same_method(a->vtable[s], b->vtable[s]), "%s slot %u: %s, not %s",
                      a->full_name, s, cil_method_name(b->vtable[s]),
                      cil_method_name(a->vtable[s]));
        for (uint32_t k = 0; a->kind != TK_INTERFACE && k < a->n_interfaces; k++)
            cr_assert_eq(a->iface_offsets[k], b->iface_offsets[k], "%s", a->full_name);
        for (uint32_t i = 0; i < a->n_methods; i++)
            if (cil_type_method_flags(a, i) & MDF_VIRTUAL)
                cr_assert_eq(cil_type_method(a, i)->vtable_slot, cil_type_method(b, i)->vtable_slot,
                             "%s", cil_method_name(cil_type_method(a, i)));
        compared++;
    }
    return compared;
}

Test(typesys, vtables_from_plans_match_computed_ones)
{
    size_t fw, cw;
    uint32_t *fplans = cil_dispatch_plans(loader, fixture, &fw);
    uint32_t *cplans = cil_dispatch_plans(loader, cil_loader_corlib(loader), &cw);
    cr_assert(fplans[0] > 5 && cplans[0] > 200, "plans for %u and %u classes", fplans[0],
              cplans[0]);
    CilHooks hooks = {.entry_point = fake_entry};
    CilLoader *l2 = cil_loader_new(&hooks);
    CilDiag d = {0};
    CilVouch fv = {.check = trust, .dispatch = fplans, .dispatch_words = fw};
    CilVouch cv = {.check = trust, .dispatch = cplans, .dispatch_words = cw};
    CilImage *f2 = cil_loader_load_memory(l2, fixture->path, fixture->data, fixture->size, &fv, &d);
    cr_assert(f2 && f2->dispatch, "%s", d.msg);
    cr_assert(cil_loader_load_corlib_vouched(l2, ILC_BUILD_DIR "/mscorlib.dll", &cv, &d), "%s",
              d.msg);
    cr_assert(cil_loader_corlib(l2)->dispatch);
    /* a class whose vtable was adopted had no virtual's signature resolved to match it */
    CilType *writer = cil_corlib_type(l2, "System.IO", "TextWriter");
    cr_assert(writer && cil_type_vtable(writer, &d), "%s", d.msg);
    uint32_t unresolved = 0;
    for (uint32_t i = 0; i < writer->n_methods; i++)
        if (cil_type_method_flags(writer, i) & MDF_VIRTUAL)
            unresolved += !cil_type_method(writer, i)->sig_resolved;
    cr_assert(unresolved > 10, "TextWriter's vtable was matched, not adopted");
    uint32_t n = compare_vtables(loader, fixture, l2, f2);
    n += compare_vtables(loader, cil_loader_corlib(loader), l2, cil_loader_corlib(l2));
    cr_assert(n > 450, "compared %u classes", n);
    free(fplans);
    free(cplans);
}

/* A plan that does not fit the class (here: every count and index garbled) is ignored and
 * the vtable computed: the same as without one. */
Test(typesys, a_plan_that_does_not_fit_is_ignored)
{
    size_t fw;
    uint32_t *plans = cil_dispatch_plans(loader, fixture, &fw);
    for (size_t i = 1 + 2 * (size_t)plans[0]; i < fw; i++)
        plans[i] ^= 0x5a5a5a5a;
    CilHooks hooks = {.entry_point = fake_entry};
    CilLoader *l2 = cil_loader_new(&hooks);
    CilDiag d = {0};
    CilVouch fv = {.check = trust, .dispatch = plans, .dispatch_words = fw};
    CilImage *f2 = cil_loader_load_memory(l2, fixture->path, fixture->data, fixture->size, &fv, &d);
    cr_assert(f2, "%s", d.msg);
    cr_assert(cil_loader_load_corlib(l2, ILC_BUILD_DIR "/mscorlib.dll", &d), "%s", d.msg);
    cr_assert_gt(compare_vtables(loader, fixture, l2, f2), 5);
    free(plans);
}
