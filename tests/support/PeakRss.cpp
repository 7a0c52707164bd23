// pc_peak_rss OUTPUT PROGRAM ARGS...: runs PROGRAM with its standard output in OUTPUT ("-" for
// none) and prints the most memory it held resident, in kB, then its exit status.
//
// A test cannot measure this by starting the program itself: the kernel counts the memory of
// the process a child was started from (posix_spawn shares it until exec, fork copies it) in
// the child's peak. This helper is small, so what it adds is small.

#include <cstdio>
#include <cstdlib>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: pc_peak_rss OUTPUT PROGRAM ARGS...\n");
        return 2;
    }
    const pid_t pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        const char *output = argv[1][0] == '-' && argv[1][1] == '\0' ? "/dev/null" : argv[1];
        const int out = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int null = open("/dev/null", O_WRONLY);
        if (out < 0 || null < 0 || dup2(out, 1) < 0 || dup2(null, 2) < 0)
            _exit(127);
        execv(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return 2;
    std::printf("%ld %d\n", usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return 0;
}
