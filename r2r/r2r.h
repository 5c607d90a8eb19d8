/*
 * r2r.h — ReadyToRun images. API prefix r2r_.
 *
 *   ilc --r2r prog.exe -o prog.r2r   every method of one assembly, precompiled (writer.c,
 *                                    in libilc_llvm.so: ilc reaches it through jit_llvm)
 *   ilc --run prog.r2r [args]        validate, map, run; code goes into the JIT's slots and
 *                                    cells are bound as they are first used (loader.c)
 *
 * An image is an ELF file written with libelf (image.c) holding three sections:
 *   .ilc.il        the assembly itself, so the image is self-contained
 *   .ilc.manifest  format version, CPU baseline, the assembly's and corlib's identity (MVID
 *                  and content hash), every method (key → code index, where its code lies
 *                  and that code's hash), every import cell (kind, key), and the hash of
 *                  the code outside the methods
 *   .ilc.code      a shared object (cc -shared) with the code, the cell array and the
 *                  method table, page-aligned so its segments map from the file (map.c)
 * Precompiled code reaches runtime data through import cells, filled when code first finds
 * them empty, and other methods through their entry slots, so the JIT's tiering replaces
 * hot methods by Tier1 code as it does Tier0 code. Nothing is trusted before it is
 * validated: a wrong magic, version or CPU, a hash that does not match, a corlib that
 * changed — the image is refused with one warning and the JIT compiles everything. A
 * method's own code is checked when it is first called (verify.c): damaged, that method
 * alone is compiled by the JIT, with a warning.
 */
#ifndef ILC_R2R_H
#define ILC_R2R_H

#include "frontend.h"
#include "jit.h"

#include <stdio.h>

typedef struct R2rOptions {
    const char *output;
    const char *cc; /* links the code into a shared object ($CC, else cc) */
    bool verify;    /* LLVM's verifier on the module */
    bool stats;     /* print what was compiled and how long it took (stderr) */
    bool stamp;     /* leave output.stamp beside the image (see r2r_open) */
} R2rOptions;

/* Hooks for the loader that r2r_compile reads assemblies with (nothing runs). */
CilHooks r2r_compile_hooks(void);
/* Precompiles img (loaded into l, with corlib) into an image at opts->output. */
bool r2r_compile(CilLoader *l, CilImage *img, const R2rOptions *opts, CilDiag *diag);

typedef struct R2rImage R2rImage;
/* Reads the container and checks its manifest and hashes (of the code, the part outside its
 * methods: each method is checked at its first call). NULL: not an image at all (diag
 * says why). Otherwise the image, whose IL is usable even when r2r_image_problem() says
 * its code must not be trusted. `stamped`: the image may be vouched for by the stamp its
 * writer left beside it (path.stamp, which ilc --r2r writes); while the file still
 * has that stamp it holds the bytes its writer checked, and its hashes are not recomputed. */
R2rImage *r2r_open(const char *path, bool stamped, CilDiag *diag);
/* Did the image's stamp vouch for it (its hashes were taken as checked)? */
bool r2r_image_stamped(const R2rImage *img);
const char *r2r_image_problem(const R2rImage *img); /* NULL when the code may be used */
uint32_t r2r_image_methods(const R2rImage *img);    /* per its manifest; 0 without one */
const uint8_t *r2r_image_il(const R2rImage *img, size_t *size);
/* The same bytes mapped again from the file, private and writable, for the loader to take
 * over (cil_loader_load_mapping) instead of copying them; NULL where the IL does not start
 * a page of the file (an image written by an older ilc) or cannot be mapped. */
uint8_t *r2r_image_map_il(const R2rImage *img, size_t *size);
/* Checks the image against the loaded assemblies (img is its assembly), binds its cells
 * and installs its code in jit's slots. False with diag: nothing was installed. */
bool r2r_install(R2rImage *image, Jit *jit, CilLoader *l, CilImage *img, CilDiag *diag);
void r2r_close(R2rImage *image);
/* What lets the loader take the corlib the image was compiled against without checking
 * its metadata again (CilVouch); the loader still checks that the bytes are those. */
CilVouch r2r_corlib_vouch(R2rImage *image);
/* Vouches for the IL the image carries (r2r_image_il), for cil_loader_load_memory. */
CilVouch r2r_il_vouch(R2rImage *image);
/* --r2r-dump: the manifest, readable; method names when l (with self loaded) is given. */
bool r2r_dump_image(R2rImage *image, CilLoader *l, CilImage *self, FILE *out, CilDiag *diag);

#endif
