/*
 * test_importer.c — the IL importer: valid methods become functions that pass the LLVM
 * verifier; invalid IL is an error naming the method, the IL offset and the fault.
 */
#include "frontend/internal.h"

#include <criterion/criterion.h>
#include <llvm-c/Analysis.h>
#include <string.h>

static CilLoader *loader;
static CilImage *code_img, *bad_img;
static void *slots[4096];
static unsigned n_slots;

static void *fake_entry(void *ctx, CilMethod *m, bool unboxing)
{
    return slots;
}
static void **fake_slot(void *ctx, CilMethod *m, bool unboxing)
{
    return &slots[n_slots++ % 4096];
}

static const CilPolicy policy = {.name = "test", .opt_level = 0, .entry_slot = fake_slot};

static void setup(void)
{
    rt_init();
    CilHooks hooks = {.entry_point = fake_entry};
    loader = cil_loader_new(&hooks);
    CilDiag d = {0};
    code_img = cil_loader_load(loader, ILC_BUILD_DIR "/tests/unit/typesys.exe", &d);
    cr_assert(code_img, "%s", d.msg);
    bad_img = cil_loader_load(loader, ILC_BUILD_DIR "/tests/unit/badil.exe", &d);
    cr_assert(bad_img, "%s", d.msg);
    cr_assert(cil_loader_load_corlib(loader, ILC_BUILD_DIR "/mscorlib.dll", &d), "%s", d.msg);
}

/* Imports img's `spec` into a fresh module; returns the error text, or NULL on success
 * (after checking the module with the LLVM verifier). */
static const char *import(CilImage *img, const char *spec, LLVMModuleRef *out)
{
    static CilDiag d;
    memset(&d, 0, sizeof d);
    CilMethod *m = cil_find_method(loader, img, spec, &d);
    cr_assert(m, "%s", d.msg);
    LLVMModuleRef mod = LLVMModuleCreateWithName(spec);
    LLVMValueRef fn = cil_import(m, &policy, mod, spec, false, &d);
    if (!fn) {
        LLVMDisposeModule(mod);
        return d.msg;
    }
    char *msg = NULL;
    cr_assert(!LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg), "invalid IR for %s: %s", spec,
              msg);
    LLVMDisposeMessage(msg);
    if (out)
        *out = mod;
    else
        LLVMDisposeModule(mod);
    return NULL;
}

TestSuite(importer, .init = setup);

Test(importer, valid_methods_give_verified_functions)
{
    const char *specs[] = {"Code::Sum", "Code::Mix", "Code::Hello", "Code::Branches", "Over::V"};
    for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++) {
        const char *err = import(code_img, specs[i], NULL);
        cr_expect(!err, "%s: %s", specs[i], err);
    }
}

Test(importer, switch_becomes_an_llvm_switch)
{
    LLVMModuleRef mod;
    cr_assert(!import(code_img, "Code::Branches", &mod));
    char *ir = LLVMPrintModuleToString(mod);
    cr_expect(strstr(ir, "switch i32") != NULL, "%s", ir);
    LLVMDisposeMessage(ir);
    LLVMDisposeModule(mod);
}

Test(importer, mixed_arithmetic_widens_as_ecma_says)
{
    LLVMModuleRef mod;
    cr_assert(!import(code_img, "Code::Mix", &mod));
    char *ir = LLVMPrintModuleToString(mod);
    cr_expect(strstr(ir, "sext i32") != NULL, "int32 + int64 widens the int32: %s", ir);
    cr_expect(strstr(ir, "fpext float") != NULL, "float32 + float64 widens the float32: %s", ir);
    LLVMDisposeMessage(ir);
    LLVMDisposeModule(mod);
}

static void expect_error(const char *spec, const char *offset, const char *what)
{
    const char *err = import(bad_img, spec, NULL);
    cr_assert(err, "%s should be rejected", spec);
    cr_expect(strstr(err, spec) != NULL, "message names the method: %s", err);
    cr_expect(strstr(err, offset) != NULL, "message names %s: %s", offset, err);
    cr_expect(strstr(err, what) != NULL, "message says '%s': %s", what, err);
}

Test(importer, stack_underflow_is_located)
{
    expect_error("Bad::Underflow", "IL_0001", "stack underflow");
}
Test(importer, bad_local_index_is_located)
{
    expect_error("Bad::BadLocal", "IL_0000", "local variable index 5");
}
Test(importer, join_with_different_depths_is_rejected)
{
    expect_error("Bad::JoinMismatch", "IL_0008", "stack depth differs where paths join");
}
Test(importer, value_returned_from_void_method_is_rejected)
{
    expect_error("Bad::VoidReturnsValue", "IL_0001", "stack must be empty");
}
Test(importer, falling_off_the_end_is_rejected)
{
    expect_error("Bad::FallsOffTheEnd", "IL_0001", "falls through the end");
}

Test(importer, missing_corlib_member_is_reported_at_the_call)
{
    const char *err = import(code_img, "Code::Missing", NULL);
    cr_assert(err);
    cr_expect(strstr(err, "Code::Missing") && strstr(err, "System.Console::Beep()"), "%s", err);
}
