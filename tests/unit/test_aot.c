/*
 * test_aot.c — the AOT backend: what reachability puts in the module (rapid type analysis
 * on the shapes of tests/unit/fixtures/reach.cs), how the link step fails (no C compiler,
 * an unwritable output, no runtime library), and an executable that links and runs.
 *
 * aot_compile reads the global rt_types that cil_loader_load_corlib fills and keeps its
 * records in CilMethod/CilType .backend, so every test builds its own Aot and loader;
 * criterion runs each test in a process of its own.
 */
#include "aot.h"

#include <criterion/criterion.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define FIXTURE ILC_BUILD_DIR "/tests/unit/reach.exe"
/* What reach.cs's Main prints. */
#define FIXTURE_OUTPUT "woof\nTrue\n42\n<7>\n"

static char tmp[] = "/tmp/ilc-test-aot-XXXXXX";
static char output[sizeof tmp + 16];
static FILE *errors; /* AotOptions.errors: what aot_compile could not compile */
static Aot *aot;
static CilLoader *loader;
static CilImage *img;

static void setup(void)
{
    rt_init();
    cr_assert(mkdtemp(tmp), "mkdtemp: %s", strerror(errno));
    snprintf(output, sizeof output, "%s/prog", tmp);
    errors = tmpfile();
    cr_assert(errors);
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    return remove(path);
}

static void teardown(void)
{
    aot_free(aot);
    cil_loader_free(loader);
    nftw(tmp, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* The options every test starts from: a working link into the temporary directory. */
static AotOptions options(void)
{
    return (AotOptions){
        .output = output, .opt_level = 2, .libdir = ILC_BUILD_DIR "/lib", .cc = "cc"};
}

/* Everything aot_compile listed on AotOptions.errors. */
static const char *listed(void)
{
    static char text[8192];
    rewind(errors);
    size_t n = fread(text, 1, sizeof text - 1, errors);
    text[n] = 0;
    return text;
}

/* A fresh Aot and loader for the fixture: its Main. */
static CilMethod *load(AotOptions opts)
{
    opts.errors = errors;
    aot = aot_new(&opts);
    CilHooks hooks = aot_hooks(aot);
    loader = cil_loader_new(&hooks);
    CilDiag d = {0};
    img = cil_loader_load(loader, FIXTURE, &d);
    cr_assert(img, "%s", d.msg);
    cr_assert(cil_loader_load_corlib(loader, ILC_BUILD_DIR "/mscorlib.dll", &d), "%s", d.msg);
    CilMethod *main_m = cil_entry_point(loader, img, &d);
    cr_assert(main_m, "%s", d.msg);
    return main_m;
}

/* ... compiled from Main. */
static void compile(AotOptions opts)
{
    CilMethod *main_m = load(opts);
    CilDiag d = {0};
    cr_assert(aot_compile(aot, main_m, &d), "%s\n%s", d.msg, listed());
    cr_assert_str_empty(listed());
}

static void compile_and_emit(AotOptions opts)
{
    compile(opts);
    CilDiag d = {0};
    cr_assert(aot_emit(aot, &d), "%s", d.msg);
}

static CilMethod *method(const char *spec)
{
    CilDiag d = {0};
    CilMethod *m = cil_find_method(loader, img, spec, &d);
    cr_assert(m, "%s", d.msg);
    return m;
}

static bool emitted(const char *spec)
{
    return aot_method_emitted(aot, method(spec));
}

/* ---- reachability ---- */

static void setup_reach(void)
{
    setup();
    compile(options());
}

TestSuite(aot_reach, .init = setup_reach, .fini = teardown);

Test(aot_reach, main_is_emitted)
{
    cr_expect(emitted("Program::Main"));
}

Test(aot_reach, a_static_method_never_called_is_not_emitted)
{
    cr_expect_not(emitted("Program::NeverCalled"));
}

Test(aot_reach, an_override_on_a_constructed_type_is_emitted)
{
    cr_expect(emitted("Dog::Speak"));
}

/* Rapid type analysis: `is Cat` and `as Cat` name the type (its descriptor is needed for
 * the test), but nothing allocates a Cat, so no call can reach Cat.Speak. */
Test(aot_reach, an_override_on_a_type_only_cast_to_is_not_emitted)
{
    CilMethod *speak = method("Cat::Speak");
    cr_assert(speak->owner->backend, "Cat is not named at all: the fixture tests nothing");
    cr_expect_not(aot_method_emitted(aot, speak));
}

/* Animal is never allocated either: only Dog's slot for Speak can be called. */
Test(aot_reach, a_virtual_method_overridden_in_every_constructed_type_is_not_emitted)
{
    cr_expect_not(emitted("Animal::Speak"));
}

Test(aot_reach, the_static_constructor_of_a_type_whose_statics_are_read_is_emitted)
{
    cr_expect(emitted("Config::.cctor"));
}

/* m.Map<int>(7) on a Mapper that is a Describer: the resolver names Describer.Map<int>. */
Test(aot_reach, the_override_of_a_generic_virtual_method_is_emitted_for_its_arguments)
{
    CilType *int32 = cil_corlib_type(loader, "System", "Int32");
    cr_assert(int32);
    CilDiag d = {0};
    CilMethod *map = cil_method_instantiate(method("Describer::Map"), &int32, 1, &d);
    cr_assert(map, "%s", d.msg);
    cr_expect(aot_method_emitted(aot, map));
    cr_expect_not(emitted("Describer::Map"), "the open generic definition has no code");
}

/* ---- linking ---- */

TestSuite(aot_link, .init = setup, .fini = teardown);

/* Dog is the only constructed Animal: `a.Speak()` has one possible target and is made a
 * direct call (class hierarchy analysis over the constructed types). */
Test(aot_reach, a_call_with_one_possible_target_is_made_direct)
{
    compile(options());
    const AotStats *st = aot_stats(aot);
    cr_expect_gt(st->virtual_sites, 0);
    cr_expect_gt(st->devirtualized, 0, "%u virtual call sites, none made direct",
                 st->virtual_sites);
    cr_expect_lt(st->devirtualized, st->virtual_sites,
                 "every site made direct: the analysis is not looking");
}

Test(aot_link, a_missing_c_compiler_is_named)
{
    AotOptions o = options();
    o.cc = "/nonexistent/cc";
    compile_and_emit(o);
    CilDiag d = {0};
    cr_assert_not(aot_link(aot, &d));
    cr_expect(strstr(d.msg, "C compiler") && strstr(d.msg, "/nonexistent/cc"), "%s", d.msg);
    cr_expect_neq(access(output, F_OK), 0, "%s exists", output);
}

/* Checked before any compiling, so the user does not wait for code generation first. */
Test(aot_link, an_unwritable_output_is_reported)
{
    AotOptions o = options();
    o.output = "/nonexistent-dir/prog";
    CilMethod *main_m = load(o);
    CilDiag d = {0};
    cr_assert_not(aot_compile(aot, main_m, &d));
    cr_expect(strstr(d.msg, "cannot write") && strstr(d.msg, "/nonexistent-dir/prog"), "%s", d.msg);
}

Test(aot_link, a_missing_runtime_library_is_named)
{
    char libdir[sizeof tmp + 16];
    snprintf(libdir, sizeof libdir, "%s/emptylib", tmp);
    cr_assert_eq(mkdir(libdir, 0700), 0, "%s: %s", libdir, strerror(errno));
    AotOptions o = options();
    o.libdir = libdir;
    compile_and_emit(o);
    CilDiag d = {0};
    cr_assert_not(aot_link(aot, &d));
    cr_expect(strstr(d.msg, "libilrt.a") || strstr(d.msg, "libilc_aot_start.a"), "%s", d.msg);
    cr_expect(strstr(d.msg, libdir), "the message does not say where it looked: %s", d.msg);
    cr_expect_neq(access(output, F_OK), 0, "%s exists", output);
}

Test(aot_link, the_executable_runs_on_its_own)
{
    compile_and_emit(options());
    CilDiag d = {0};
    cr_assert(aot_link(aot, &d), "%s", d.msg);
    cr_assert_eq(access(output, X_OK), 0, "%s: %s", output, strerror(errno));
    FILE *p = popen(output, "r");
    cr_assert(p, "popen %s: %s", output, strerror(errno));
    char out[256];
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = 0;
    int status = pclose(p);
    cr_expect(WIFEXITED(status) && WEXITSTATUS(status) == 0, "status %#x", status);
    cr_expect_str_eq(out, FIXTURE_OUTPUT);
}

/* What the shell says of `cmd`: its whole output. */
static const char *shell(const char *cmd)
{
    static char text[16384];
    FILE *p = popen(cmd, "r");
    cr_assert(p, "popen %s", cmd);
    size_t n = fread(text, 1, sizeof text - 1, p);
    text[n] = 0;
    pclose(p);
    return text;
}

/* No LLVM (nor libgc: linked statically) among its libraries; unwind tables present, which
 * exceptions need. */
Test(aot_link, the_executable_needs_no_llvm_and_has_unwind_tables)
{
    compile_and_emit(options());
    CilDiag d = {0};
    cr_assert(aot_link(aot, &d), "%s", d.msg);
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "ldd %s", output);
    const char *libs = shell(cmd);
    cr_expect(strstr(libs, "libc.so"), "ldd says: %s", libs);
    cr_expect_null(strstr(libs, "LLVM"), "ldd says: %s", libs);
    snprintf(cmd, sizeof cmd, "readelf -S %s", output);
    cr_expect(strstr(shell(cmd), ".eh_frame"), "no .eh_frame section");
}
