/*
 * ilc.c — the driver: parses arguments and dispatches to a backend. Nothing else.
 *
 *   ilc --jit prog.exe [args...]      load corlib + prog, compile methods on first call, run Main
 *   ilc --aot prog.exe -o prog        compile everything reachable from Main into an executable
 *   ilc --r2r prog.exe -o prog.r2r    precompile every method into a ReadyToRun image
 *   ilc --run prog.r2r [args...]      run an image: its code, the JIT for the rest and hot code
 *   ilc --dump-il METHOD prog.exe     list a method's IL
 *   ilc --dump-ir METHOD prog.exe     print a method's LLVM IR under the JIT policy
 *
 * Errors in the input are reported as "error: <file>: <where>: <what>" with exit code 1.
 */
#include "aot.h"
#include "frontend.h"
#include "jit.h"
#include "r2r.h"

#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef ILC_VERSION
#define ILC_VERSION "dev"
#endif

typedef enum {
    MODE_NONE,
    MODE_JIT,
    MODE_AOT,
    MODE_R2R,
    MODE_RUN,
    MODE_R2R_DUMP,
    MODE_DUMP_IL,
    MODE_DUMP_IR
} Mode;

typedef struct Options {
    Mode mode;
    int opt_level;   /* -1: tiered (the default for --jit) */
    int tiered;      /* -1: from ILC_TieredCompilation, else 0/1 */
    int threshold;   /* -1: from ILC_TC_CallCountThreshold, else calls */
    int delay_ms;    /* -1: from ILC_TC_CallCountingDelayMs, else ms */
    int quick_loops; /* -1: from ILC_TC_QuickJitForLoops, else 0/1 */
    bool stats, stats_csv;
    const char *method; /* --dump-il / --dump-ir */
    const char *dump_ir_during_run;
    const char *input;
    int prog_argc;
    char **prog_argv;
    bool verify;
    /* --aot */
    const char *output;
    int aot_opt; /* 2 or 3 */
    bool native_cpu, emit_llvm, emit_obj, aot_stats;
} Options;

static void usage(FILE *out)
{
    fputs(
        "usage: ilc --jit [--opt=0|2] PROG.exe [ARGS...]\n"
        "       ilc --aot [-O2|-O3] [--cpu=native] [-o OUTPUT] PROG.exe\n"
        "       ilc --r2r [-o IMAGE] PROG.exe     then    ilc --run IMAGE [ARGS...]\n"
        "       ilc --dump-il TYPE::METHOD PROG.exe\n"
        "       ilc --dump-ir TYPE::METHOD [--opt=0|2] PROG.exe\n"
        "\n"
        "ilc compiles ECMA-335 CIL assemblies (as built by mcs or csc) with LLVM.\n"
        "\n"
        "modes:\n"
        "  --jit            compile each method on its first call and run Main;\n"
        "                   the exit code is Main's return value\n"
        "  --aot            compile everything reachable from Main, with corlib, into a\n"
        "                   native executable (OUTPUT; default: PROG without .exe) that\n"
        "                   needs neither ilc, LLVM nor the assembly to run\n"
        "  --r2r            precompile every method of the assembly (optimised, for the x86-64\n"
        "                   baseline) into a ReadyToRun image (OUTPUT; default PROG.r2r) that\n"
        "                   carries the assembly too\n"
        "  --run            run an image: its code first; what it lacks, and methods that turn\n"
        "                   hot, go through the JIT's tiers (all --jit options apply). corlib's\n"
        "                   own image (mscorlib.r2r beside it) is used too. An image that is\n"
        "                   damaged or stale is refused with a warning and the JIT runs it\n"
        "                   all. Options go before IMAGE, the program's arguments after it\n"
        "  --r2r-dump       print an image's manifest: identity, hashes, methods with IL and\n"
        "                   native sizes, import cells\n"
        "  --dump-il M      list the IL of method M (\"Type::Method\" or \"Ns.Type::Method\")\n"
        "  --dump-ir M      print the LLVM IR the JIT generates for M, then exit;\n"
        "                   with --jit, print it to stderr whenever M is compiled\n"
        "options:\n"
        "  --opt=N          compile every method once, at one tier, without tiering:\n"
        "                   0: Tier0 (no IR optimisation, fast instruction selection)\n"
        "                   2: Tier1 (the LLVM O2 pipeline, small callees inlined)\n"
        "  --tiered[=0|1]   tiered compilation (the default for --jit): Tier0 first, hot\n"
        "                   methods rejitted at Tier1 on a background thread; methods with\n"
        "                   loops start at Tier1\n"
        "  --tc-threshold=N calls before a Tier0 method is queued for Tier1 (default 30)\n"
        "  --tc-delay-ms=N  Tier1 waits until no Tier0 compile happened for N ms (default 100)\n"
        "  --tc-quick-jit-for-loops=0|1\n"
        "                   1: methods with loops start at Tier0 too (faster start-up; with\n"
        "                   no OSR yet, a hot loop in a method called once stays at Tier0)\n"
        "  --jit-stats      at exit, print per tier: methods compiled, compile time and\n"
        "                   native size, Tier1 promotions, background time, methods taken\n"
        "                   from R2R images and images refused (to stderr)\n"
        "  --jit-stats=csv  the same, then one line per compilation (to stderr):\n"
        "                   method,tier,trigger,il_bytes,native_bytes,compile_us\n"
        "  --verify         run the LLVM IR verifier on every compiled method (module)\n"
        "AOT and R2R options:\n"
        "  -o OUTPUT        the executable (--aot) or the image (--r2r) to write\n"
        "  -O2, -O3         LLVM's optimisation pipeline and code generation level\n"
        "                   (default -O3)\n"
        "  --cpu=native     use every instruction the host CPU has (default: the portable\n"
        "                   x86-64 baseline, so the executable runs on any x86-64)\n"
        "  --emit-llvm      keep the optimised module as OUTPUT.ll\n"
        "  --emit-obj       keep the object as OUTPUT.o\n"
        "  --stats          print methods, types and strings compiled, the time of each\n"
        "                   stage and the sizes of object and executable (to stderr);\n"
        "                   with --r2r: methods precompiled and left to the JIT, cells, times\n"
        "general:\n"
        "  --help           this text\n"
        "  --version        ilc's version and the LLVM it uses\n"
        "\n"
        "environment (the flags win):\n"
        "  ILC_CORLIB                    path of ilc's corlib (default: mscorlib.dll beside ilc)\n"
        "  ILC_LIBDIR                    where --aot finds libilrt.a (default: lib/ beside ilc)\n"
        "  ILC_LLVM_LIB                  ilc's LLVM half, loaded when something must be\n"
        "                                compiled (default: libilc_llvm.so beside ilc)\n"
        "  CC                            the C compiler --aot and --r2r link with (default: cc)\n"
        "  ILC_ReadyToRun=0              --run ignores images (its own and corlib's): JIT only\n"
        "  ILC_R2R_MAP=0                 --run loads image code with dlopen (through a memfd)\n"
        "                                instead of mapping it from the image file\n"
        "  ILC_TieredCompilation=0|1     as --tiered\n"
        "  ILC_TC_CallCountThreshold=N   as --tc-threshold (1 with delay 0: the stress setting)\n"
        "  ILC_TC_CallCountingDelayMs=N  as --tc-delay-ms\n"
        "  ILC_TC_QuickJitForLoops=0|1   as --tc-quick-jit-for-loops\n"
        "\n"
        "Not built yet: on-stack replacement and dynamic PGO.\n",
        out);
}

static void die(const char *msg)
{
    rt_finish();
    fflush(stdout);
    fprintf(stderr, "error: %s\n", msg);
    rt_exit(1);
}

static bool int_option(const char *arg, const char *name, int lo, int hi, int *out)
{
    size_t n = strlen(name);
    if (strncmp(arg, name, n) || arg[n] != '=') return false;
    char *end;
    long v = strtol(arg + n + 1, &end, 10);
    if (*end || end == arg + n + 1 || v < lo || v > hi) {
        fprintf(stderr, "error: %s takes a number from %d to %d, not '%s'\n", name, lo, hi,
                arg + n + 1);
        exit(1);
    }
    *out = (int)v;
    return true;
}

static int parse_args(int argc, char **argv, Options *o)
{
    o->opt_level = o->tiered = o->threshold = o->delay_ms = o->quick_loops = -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            exit(0);
        } else if (!strcmp(a, "--version")) {
            printf("ilc %s (LLVM %d)\n", ILC_VERSION, 19);
            exit(0);
        } else if (!strcmp(a, "--jit")) {
            o->mode = MODE_JIT;
        } else if (!strncmp(a, "--opt=", 6)) {
            if (strcmp(a + 6, "0") && strcmp(a + 6, "2")) {
                fprintf(stderr, "error: --opt takes 0 or 2, not '%s'\n", a + 6);
                return 1;
            }
            o->opt_level = atoi(a + 6);
        } else if (!strcmp(a, "--verify")) {
            o->verify = true;
        } else if (!strcmp(a, "--tiered")) {
            o->tiered = 1;
        } else if (int_option(a, "--tiered", 0, 1, &o->tiered) ||
                   int_option(a, "--tc-threshold", 1, 1 << 30, &o->threshold) ||
                   int_option(a, "--tc-delay-ms", 0, 1 << 30, &o->delay_ms) ||
                   int_option(a, "--tc-quick-jit-for-loops", 0, 1, &o->quick_loops)) {
            /* parsed */
        } else if (!strcmp(a, "--jit-stats")) {
            o->stats = true;
        } else if (!strcmp(a, "--jit-stats=csv")) {
            o->stats = o->stats_csv = true;
        } else if (!strcmp(a, "--dump-il") || !strcmp(a, "--dump-ir")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "error: %s needs a method name (Type::Method)\n", a);
                return 1;
            }
            o->method = argv[++i];
            bool is_ir = !strcmp(a, "--dump-ir");
            if (is_ir && o->mode == MODE_JIT)
                o->dump_ir_during_run = o->method;
            else if (o->mode != MODE_JIT)
                o->mode = is_ir ? MODE_DUMP_IR : MODE_DUMP_IL;
        } else if (!strcmp(a, "--aot")) {
            o->mode = MODE_AOT;
        } else if (!strcmp(a, "-o")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "error: -o needs a file name\n");
                return 1;
            }
            o->output = argv[++i];
        } else if (!strcmp(a, "-O2") || !strcmp(a, "-O3")) {
            o->aot_opt = a[2] - '0';
        } else if (!strcmp(a, "--cpu=native")) {
            o->native_cpu = true;
        } else if (!strncmp(a, "--cpu=", 6)) {
            fprintf(stderr, "error: --cpu takes 'native' (the default is the x86-64 baseline)\n");
            return 1;
        } else if (!strcmp(a, "--emit-llvm")) {
            o->emit_llvm = true;
        } else if (!strcmp(a, "--emit-obj")) {
            o->emit_obj = true;
        } else if (!strcmp(a, "--stats")) {
            o->aot_stats = true;
        } else if (!strcmp(a, "--r2r")) {
            o->mode = MODE_R2R;
        } else if (!strcmp(a, "--run")) {
            o->mode = MODE_RUN;
        } else if (!strcmp(a, "--r2r-dump")) {
            o->mode = MODE_R2R_DUMP;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "error: unknown option '%s' (see ilc --help)\n", a);
            return 1;
        } else {
            if (o->mode == MODE_AOT || o->mode == MODE_R2R || o->mode == MODE_R2R_DUMP) {
                /* options may follow the one input */
                if (o->input) {
                    fprintf(stderr, "error: one input only, not '%s' too\n", a);
                    return 1;
                }
                o->input = a;
                continue;
            }
            o->input = a;
            o->prog_argc = argc - i - 1;
            o->prog_argv = argv + i + 1;
            break;
        }
    }
    if (o->mode == MODE_DUMP_IR && o->dump_ir_during_run) o->mode = MODE_JIT;
    if (o->mode == MODE_JIT && o->method && !o->dump_ir_during_run)
        o->dump_ir_during_run = o->method;
    if (o->mode == MODE_NONE) {
        fprintf(stderr, "error: no mode given (try ilc --jit PROG.exe, or ilc --help)\n");
        return 1;
    }
    if (!o->input) {
        fprintf(stderr, "error: no input assembly (see ilc --help)\n");
        return 1;
    }
    return 0;
}

/* $VAR when set, else NAME in the folder of the ilc executable. */
static const char *beside_ilc(const char *var, const char *name, char *buf, size_t size)
{
    const char *env = getenv(var);
    if (env && *env) return env;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return name;
    exe[n] = 0;
    snprintf(buf, size, "%s/%s", dirname(exe), name);
    return buf;
}

/* corlib sits beside the ilc executable unless ILC_CORLIB says otherwise. */
static const char *corlib_path(char *buf, size_t size)
{
    return beside_ilc("ILC_CORLIB", "mscorlib.dll", buf, size);
}

static void on_jit_error(const char *msg)
{
    die(msg);
}

static int env_int(const char *name, int fallback)
{
    const char *v = getenv(name);
    return v && *v ? atoi(v) : fallback;
}

/* Flags win over the environment; --opt pins one tier and turns tiering off. */
static JitOptions jit_options(const Options *o)
{
    JitOptions jo = {.dump_ir = o->dump_ir_during_run, .verify = o->verify};
    jo.tiered = o->tiered >= 0 ? o->tiered : env_int("ILC_TieredCompilation", 1) != 0;
    if (o->opt_level >= 0 && o->tiered < 0) jo.tiered = false;
    jo.opt_level = o->opt_level >= 0 ? o->opt_level : 2;
    jo.call_threshold = o->threshold > 0 ? o->threshold : env_int("ILC_TC_CallCountThreshold", 30);
    jo.delay_ms = o->delay_ms >= 0 ? o->delay_ms : env_int("ILC_TC_CallCountingDelayMs", 100);
    jo.quick_jit_for_loops =
        (o->quick_loops >= 0 ? o->quick_loops : env_int("ILC_TC_QuickJitForLoops", 0)) != 0;
    if (jo.call_threshold < 1) jo.call_threshold = 1;
    if (jo.delay_ms < 0) jo.delay_ms = 0;
    return jo;
}

static bool want_csv;

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* One row per (tier, trigger), as PerfView's JITStats groups them. */
static void print_group(const JitStats *st, int tier, bool background, const char *label)
{
    uint64_t *ns = malloc((st->n_events + 1) * sizeof *ns), total = 0, native = 0;
    uint32_t n = 0;
    for (uint32_t i = 0; i < st->n_events; i++)
        if (st->events[i].tier == tier && st->events[i].background == background) {
            ns[n++] = st->events[i].ns;
            total += st->events[i].ns;
            native += st->events[i].native_bytes;
        }
    if (n) {
        qsort(ns, n, sizeof *ns, cmp_u64);
        fprintf(stderr, "  %-22s %6u methods  %9.2f ms total  %7.3f ms median  %8llu bytes\n",
                label, n, total / 1e6, ns[n / 2] / 1e6, (unsigned long long)native);
    }
    free(ns);
}

static bool corlib_image_stamped, program_image_stamped; /* for --jit-stats */

static void print_stats(const JitStats *st)
{
    fputs("jit-stats (compilations by tier and trigger):\n", stderr);
    print_group(st, 0, false, "tier0, first call");
    print_group(st, 1, false, "tier1, first call");
    print_group(st, 1, true, "tier1, tier-up");
    uint64_t all = st->ns[0] + st->ns[1];
    if (all < st->background_ns) all = st->background_ns;
    fprintf(stderr,
            "  foreground %.2f ms, background %.2f ms; %u methods rejitted at tier1 (%u queued)\n",
            (all - st->background_ns) / 1e6, st->background_ns / 1e6, st->promoted, st->queued);
    fprintf(stderr, "  r2r: %u methods from images, %u images refused (%u methods in them)\n",
            st->r2r_methods, st->r2r_rejected, st->r2r_rejected_methods);
    if (st->r2r_damaged)
        fprintf(stderr,
                "  r2r: %u methods with damaged code in used images (the JIT compiled them)\n",
                st->r2r_damaged);
    if (corlib_image_stamped)
        fprintf(stderr,
                "  r2r: corlib's image vouched for by its stamp (its hashes not recomputed)\n");
    if (program_image_stamped)
        fprintf(
            stderr,
            "  r2r: the program's image vouched for by its stamp (its hashes not recomputed)\n");
    fprintf(stderr, "  r2r: %llu import cells bound on first use (%llu calls to bind one)\n",
            (unsigned long long)st->r2r_cells_bound, (unsigned long long)st->r2r_cell_binds);
    if (want_csv) {
        fputs("method,tier,trigger,il_bytes,native_bytes,compile_us\n", stderr);
        for (uint32_t i = 0; i < st->n_events; i++) {
            const JitEvent *e = &st->events[i];
            fprintf(stderr, "\"%s\",%u,%s,%u,%u,%.1f\n", cil_method_name(e->method), e->tier,
                    e->background ? "tier-up" : "first-call", e->il_bytes, e->native_bytes,
                    e->ns / 1e3);
        }
    }
}

/* Every way out (Main returning, Environment.Exit, an unhandled exception) goes through
 * rt_exit, which calls this first: the background compiler stops before exit() runs
 * LLVM's static destructors, some of which LLVM registers lazily, after any atexit. */
static Jit *the_jit;
static bool want_stats;
static void before_exit(void)
{
    if (!the_jit) return;
    jit_shutdown(the_jit);
    if (want_stats) print_stats(jit_stats(the_jit));
}

/* Environment.GetCommandLineArgs(): the program's absolute path, then its arguments, as
 * Mono reports them (Main's own string[] excludes the path). */
static void set_command_line(const Options *o)
{
    char **argv = calloc((size_t)o->prog_argc + 2, sizeof *argv);
    char *path = realpath(o->input, NULL);
    argv[0] = path ? path : (char *)o->input;
    for (int i = 0; i < o->prog_argc; i++)
        argv[i + 1] = o->prog_argv[i];
    rt_set_args(o->prog_argc + 1, argv);
}

/* Beside the assembly, named after it without .exe/.dll, plus `ext` (or ".out"). */
static const char *output_path(const Options *o, const char *ext, char *buf, size_t size)
{
    if (o->output) return o->output;
    snprintf(buf, size, "%s", o->input);
    size_t n = strlen(buf);
    if (n > 4 && (!strcmp(buf + n - 4, ".exe") || !strcmp(buf + n - 4, ".dll")))
        buf[n - 4] = 0;
    else if (!*ext)
        ext = ".out";
    snprintf(buf + strlen(buf), size - strlen(buf), "%s", ext);
    return buf;
}

/* libilrt.a and libilc_aot_start.a: build/lib beside build/ilc, unless ILC_LIBDIR says. */
static const char *lib_dir(char *buf, size_t size)
{
    return beside_ilc("ILC_LIBDIR", "lib", buf, size);
}

/* A function of ilc's LLVM half (libilc_llvm.so, loaded on first use), or a clear error. */
static void *need_llvm(const char *name)
{
    CilDiag diag = {0};
    void *fn = jit_llvm(name, &diag);
    if (!fn) die(diag.msg);
    return fn;
}
#define LLVM(fn) ((__typeof__(&fn))need_llvm(#fn))

static void print_aot_stats(const AotStats *st)
{
    fprintf(
        stderr,
        "aot-stats:\n"
        "  compiled   %u methods, %u types, %u string literals, %u generic virtual call targets\n"
        "  calls      %u through a vtable, %u of them made direct (one possible target)\n"
        "  time       import %.1f ms, optimise %.1f ms, code generation %.1f ms, link %.1f ms\n"
        "  size       object %llu bytes, executable %llu bytes\n",
        st->methods, st->types, st->strings, st->gvm_sites, st->virtual_sites, st->devirtualized,
        st->import_ns / 1e6, st->optimise_ns / 1e6, st->codegen_ns / 1e6, st->link_ns / 1e6,
        (unsigned long long)st->object_bytes, (unsigned long long)st->exe_bytes);
}

/* --aot: load, compile everything reachable, optimise and emit, link. */
static int run_aot(const Options *o)
{
    char cbuf[PATH_MAX], lbuf[PATH_MAX], obuf[PATH_MAX];
    const char *cc = getenv("CC");
    AotOptions ao = {.output = output_path(o, "", obuf, sizeof obuf),
                     .opt_level = o->aot_opt ? o->aot_opt : 3,
                     .native_cpu = o->native_cpu,
                     .emit_llvm = o->emit_llvm,
                     .emit_obj = o->emit_obj,
                     .verify = o->verify,
                     .libdir = lib_dir(lbuf, sizeof lbuf),
                     .cc = cc && *cc ? cc : "cc"};
    Aot *aot = LLVM(aot_new)(&ao);
    CilHooks hooks = LLVM(aot_hooks)(aot);
    CilLoader *loader = cil_loader_new(&hooks);
    CilDiag diag = {0};
    CilImage *img = cil_loader_load(loader, o->input, &diag);
    if (!img || !cil_loader_load_corlib(loader, corlib_path(cbuf, sizeof cbuf), &diag))
        die(diag.msg);
    CilMethod *main_m = cil_entry_point(loader, img, &diag);
    if (!main_m || !LLVM(aot_compile)(aot, main_m, &diag) || !LLVM(aot_emit)(aot, &diag) ||
        !LLVM(aot_link)(aot, &diag))
        die(diag.msg);
    if (o->aot_stats) print_aot_stats(LLVM(aot_stats)(aot));
    return 0;
}

static const char *c_compiler(void)
{
    const char *cc = getenv("CC");
    return cc && *cc ? cc : "cc";
}

/* Is this assembly corlib itself (then it is loaded once, as corlib)? */
static bool is_corlib(const char *path)
{
    const char *base = strrchr(path, '/');
    return !strcmp(base ? base + 1 : path, "mscorlib.dll");
}

/* --r2r: load, precompile every method, write the image. */
static int run_r2r(const Options *o)
{
    char cbuf[PATH_MAX], obuf[PATH_MAX];
    R2rOptions ro = {.output = output_path(o, ".r2r", obuf, sizeof obuf),
                     .cc = c_compiler(),
                     .verify = o->verify,
                     .stats = o->aot_stats};
    CilHooks hooks = r2r_compile_hooks();
    CilLoader *loader = cil_loader_new(&hooks);
    CilDiag diag = {0};
    bool self = is_corlib(o->input);
    ro.stamp = true; /* --run trusts the image by its stamp while it keeps it (r2r_open) */
    CilImage *img = self ? NULL : cil_loader_load(loader, o->input, &diag);
    if ((!self && !img) ||
        !cil_loader_load_corlib(loader, self ? o->input : corlib_path(cbuf, sizeof cbuf), &diag))
        die(diag.msg);
    if (!LLVM(r2r_compile)(loader, self ? cil_loader_corlib(loader) : img, &ro, &diag))
        die(diag.msg);
    return 0;
}

/* --r2r-dump: the manifest, with method names when the IL and corlib load. */
static int run_r2r_dump(const Options *o)
{
    char cbuf[PATH_MAX];
    CilDiag diag = {0};
    R2rImage *image = r2r_open(o->input, false, &diag); /* every hash checked */
    if (!image) die(diag.msg);
    CilHooks hooks = r2r_compile_hooks();
    CilLoader *loader = cil_loader_new(&hooks);
    size_t size;
    const uint8_t *il = r2r_image_il(image, &size);
    CilDiag ignored = {0};
    bool self = is_corlib(o->input) || strstr(o->input, "mscorlib.r2r");
    CilImage *img =
        self ? NULL : cil_loader_load_memory(loader, o->input, il, size, NULL, &ignored);
    bool named =
        cil_loader_load_corlib(loader, corlib_path(cbuf, sizeof cbuf), &ignored) && (self || img);
    if (self) img = cil_loader_corlib(loader);
    if (!r2r_dump_image(image, named ? loader : NULL, img, stdout, &diag)) die(diag.msg);
    return 0;
}

/* An image that cannot be used: say so once, and let the JIT do its work. */
static void use_image(R2rImage *image, Jit *jit, CilLoader *loader, CilImage *img, const char *path)
{
    CilDiag diag = {0};
    if (r2r_install(image, jit, loader, img, &diag)) return;
    jit_note_rejected_image(jit, r2r_image_methods(image));
    fprintf(stderr, "warning: %s: image not used (%s); the JIT compiles its methods\n", path,
            diag.msg);
}

/* corlib's image: mscorlib.r2r beside mscorlib.dll, when it was built (path: its name).
 * It is opened before corlib is loaded, since it vouches for corlib's metadata. */
static R2rImage *open_corlib_image(Jit *jit, const char *corlib, char *path, size_t size)
{
    snprintf(path, size, "%s", corlib);
    size_t n = strlen(path);
    if (n < 4 || strcmp(path + n - 4, ".dll")) return NULL;
    strcpy(path + n - 4, ".r2r");
    if (access(path, F_OK)) return NULL;
    CilDiag diag = {0};
    R2rImage *image = r2r_open(path, true, &diag);
    corlib_image_stamped = image && r2r_image_stamped(image);
    if (!image) {
        jit_note_rejected_image(jit, 0);
        fprintf(stderr, "warning: %s: image not used (%s); the JIT compiles its methods\n", path,
                diag.msg);
    }
    return image;
}

int main(int argc, char **argv)
{
    Options o = {0};
    if (parse_args(argc, argv, &o)) return 1;
    rt_init();
    if (o.mode == MODE_AOT) rt_exit(run_aot(&o));
    if (o.mode == MODE_R2R) rt_exit(run_r2r(&o));
    if (o.mode == MODE_R2R_DUMP) rt_exit(run_r2r_dump(&o));
    char err[1024], cbuf[PATH_MAX];
    JitOptions jo = jit_options(&o);
    Jit *jit = jit_new(&jo, err, sizeof err);
    if (!jit) die(err);
    jit_on_error(jit, on_jit_error);
    the_jit = jit;
    want_stats = o.stats;
    want_csv = o.stats_csv;
    rt_set_exit_hook(before_exit);
    jit_symbolize_traces(jit);
    CilHooks hooks = jit_hooks(jit);
    CilLoader *loader = cil_loader_new(&hooks);
    jit_attach(jit, loader);
    CilDiag diag = {0};
    R2rImage *image = NULL;
    CilImage *img;
    bool ready_to_run = false;
    if (o.mode == MODE_RUN) { /* the image carries the assembly */
        if (!(image = r2r_open(o.input, true, &diag))) die(diag.msg);
        program_image_stamped = r2r_image_stamped(image);
        ready_to_run = env_int("ILC_ReadyToRun", 1);
        size_t size;
        uint8_t *map = r2r_image_map_il(image, &size);
        CilVouch vouch = r2r_il_vouch(image);
        const CilVouch *v = ready_to_run ? &vouch : NULL;
        img = map ? cil_loader_load_mapping(loader, o.input, map, size, v, &diag)
                  : cil_loader_load_memory(loader, o.input, r2r_image_il(image, &size), size, v,
                                           &diag);
    } else {
        img = cil_loader_load(loader, o.input, &diag);
    }
    if (!img) die(diag.msg);
    const char *corlib = corlib_path(cbuf, sizeof cbuf);
    char corlib_image_path[PATH_MAX];
    R2rImage *corlib_image =
        ready_to_run ? open_corlib_image(jit, corlib, corlib_image_path, sizeof corlib_image_path)
                     : NULL;
    CilVouch vouch = corlib_image ? r2r_corlib_vouch(corlib_image) : (CilVouch){0};
    if (!cil_loader_load_corlib_vouched(loader, corlib, corlib_image ? &vouch : NULL, &diag))
        die(diag.msg);
    if (corlib_image)
        use_image(corlib_image, jit, loader, cil_loader_corlib(loader), corlib_image_path);
    if (ready_to_run) use_image(image, jit, loader, img, o.input);
    int code = 0;
    if (o.mode == MODE_DUMP_IL || o.mode == MODE_DUMP_IR) {
        CilMethod *m = cil_find_method(loader, img, o.method, &diag);
        if (!m) die(diag.msg);
        bool ok = o.mode == MODE_DUMP_IL ? cil_dump_il(m, stdout, &diag)
                                         : jit_dump_ir(jit, m, stdout, &diag);
        if (!ok) die(diag.msg);
    } else {
        CilMethod *main_m = cil_entry_point(loader, img, &diag);
        if (!main_m) die(diag.msg);
        set_command_line(&o);
        code = jit_run_main(jit, main_m, o.prog_argc, o.prog_argv);
    }
    rt_exit(code);
}
