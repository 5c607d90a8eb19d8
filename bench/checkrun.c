/* checkrun.c — runs one benchmark command for bench.py, in one of two ways:
 *
 *     checkrun -e EXPECTED [-l LOG] [-2 ERR] [NAME=VALUE...] -- CMD [ARGS...]  (hyperfine's)
 *     checkrun -m RSS_FILE [NAME=VALUE...] -- CMD [ARGS...]           (bench.py's check runs)
 *
 * Both set the NAME=VALUE pairs in the environment and run CMD. With -e, CMD's stdout goes
 * into a pipe and is compared with the file EXPECTED, and its stderr (the per-iteration
 * timings) is discarded, or appended to the file ERR with -2 (bench.py takes the iteration
 * times of every timed run from there): every timed run's output is checked, and
 * hyperfine stops on the non-zero exit of a crash or a wrong checksum; as hyperfine hides the
 * command's stderr, -l appends what went wrong to the file LOG too. Without -e, CMD's
 * stdout and stderr are its own. With -m, CMD's peak RSS in KiB (ru_maxrss from wait4) is
 * written to RSS_FILE; measured here rather than from Python because Linux carries the
 * high-water mark across exec, and a forked Python would count its own 18 MiB.
 *
 * Exit status: CMD's when it failed (128+N for signal N), 3 when its output differs (both
 * outputs on stderr), 2 when checkrun itself cannot work, 0 otherwise. It costs one fork and
 * exec more per run, the same in every mode (well under a millisecond). */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
    char *data;
    size_t len, cap;
} Buf;

static void die(const char *what)
{
    fprintf(stderr, "checkrun: %s: %s\n", what, strerror(errno));
    exit(2);
}

/* read_all: appends everything readable from fd to b. */
static void read_all(int fd, Buf *b)
{
    for (;;) {
        if (b->len == b->cap) {
            b->cap = b->cap ? b->cap * 2 : 4096;
            b->data = realloc(b->data, b->cap);
            if (!b->data) die("realloc");
        }
        ssize_t n = read(fd, b->data + b->len, b->cap - b->len);
        if (n == 0) return;
        if (n < 0) {
            if (errno == EINTR) continue;
            die("read");
        }
        b->len += (size_t)n;
    }
}

/* run_child: runs argv; with OUT, its stdout is read into OUT and its stderr appended to
 * ERR_PATH (discarded without). Stores its peak RSS (KiB) in *rss_kib. */
static int run_child(char **argv, Buf *out, const char *err_path, long *rss_kib)
{
    int fds[2] = {-1, -1};
    if (out && pipe(fds) != 0) die("pipe");
    pid_t pid = fork();
    if (pid < 0) die("fork");
    if (pid == 0) {
        if (out) {
            int err = err_path ? open(err_path, O_WRONLY | O_APPEND | O_CREAT, 0644)
                               : open("/dev/null", O_WRONLY);
            dup2(fds[1], 1);
            if (err >= 0) dup2(err, 2);
            close(fds[0]);
            close(fds[1]);
        }
        execvp(argv[0], argv);
        fprintf(stderr, "checkrun: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    if (out) {
        close(fds[1]);
        read_all(fds[0], out);
        close(fds[0]);
    }
    int status;
    struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0)
        if (errno != EINTR) die("wait4");
    *rss_kib = usage.ru_maxrss;
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

static void usage(void)
{
    fprintf(stderr,
            "usage: checkrun [-e EXPECTED [-l LOG] [-2 ERR]] [-m RSS_FILE] [NAME=VALUE...] -- "
            "CMD [ARGS...]\n");
    exit(2);
}

/* complain: prints a failure on stderr and, when LOG_PATH is set, appends it to that file. */
static void complain(const char *log_path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    FILE *f = log_path ? fopen(log_path, "a") : NULL;
    if (f) {
        va_start(ap, fmt);
        vfprintf(f, fmt, ap);
        va_end(ap);
        fclose(f);
    }
}

int main(int argc, char **argv)
{
    const char *expected_path = NULL, *rss_path = NULL, *log_path = NULL, *err_path = NULL;
    int i = 1;
    for (; i + 1 < argc && argv[i][0] == '-' && argv[i][1] != '-'; i += 2) {
        if (strcmp(argv[i], "-e") == 0)
            expected_path = argv[i + 1];
        else if (strcmp(argv[i], "-m") == 0)
            rss_path = argv[i + 1];
        else if (strcmp(argv[i], "-l") == 0)
            log_path = argv[i + 1];
        else if (strcmp(argv[i], "-2") == 0)
            err_path = argv[i + 1];
        else
            usage();
    }
    for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
        char *eq = strchr(argv[i], '=');
        if (!eq) usage();
        *eq = '\0';
        setenv(argv[i], eq + 1, 1);
    }
    if (i + 1 >= argc) usage();
    char **cmd = argv + i + 1;

    Buf expected = {0}, out = {0};
    if (expected_path) {
        int fd = open(expected_path, O_RDONLY);
        if (fd < 0) die(expected_path);
        read_all(fd, &expected);
        close(fd);
    }
    long rss_kib = 0;
    int code = run_child(cmd, expected_path ? &out : NULL, err_path, &rss_kib);
    if (rss_path) {
        FILE *f = fopen(rss_path, "w");
        if (!f) die(rss_path);
        fprintf(f, "%ld\n", rss_kib);
        fclose(f);
    }
    if (code != 0) {
        if (expected_path) complain(log_path, "checkrun: %s exited with code %d\n", cmd[0], code);
        return code;
    }
    if (expected_path &&
        (out.len != expected.len || memcmp(out.data, expected.data, out.len) != 0)) {
        complain(log_path,
                 "checkrun: CHECKSUM MISMATCH from %s\n--- expected (%s):\n%.*s--- got:\n%.*s",
                 cmd[0], expected_path, (int)expected.len, expected.data, (int)out.len, out.data);
        return 3;
    }
    return 0;
}
