/*
 * STREAM-style triad a[i] = b[i] + s * c[i] on double arrays, OpenMP-parallel.
 *
 * Usage: stream_triad [elements]   (default: 3 arrays of 16 Mi doubles = 384 MiB, far beyond any L3)
 * Threads: OMP_NUM_THREADS.
 * Output:  one line "triad_gbps <threads> <GB/s>", best of 10 repetitions, counting 24 bytes
 *          per element (STREAM convention: read b and c, write a; write-allocate not counted).
 * Exit:    0 on success, 1 on bad arguments, allocation failure or a wrong result.
 */
#include <math.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>

#define REPETITIONS 10
#define DEFAULT_ELEMENTS (16L * 1024 * 1024)

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : DEFAULT_ELEMENTS;
    if (n <= 0) {
        fprintf(stderr, "stream_triad: element count must be positive\n");
        return 1;
    }
    double *a = malloc(n * sizeof(double));
    double *b = malloc(n * sizeof(double));
    double *c = malloc(n * sizeof(double));
    if (!a || !b || !c) {
        fprintf(stderr, "stream_triad: cannot allocate 3 x %ld doubles\n", n);
        return 1;
    }
    const double s = 3.0;
    /* First touch by the same threads and schedule as the timed loop. */
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; i++) {
        a[i] = 0.0;
        b[i] = 1.0;
        c[i] = 2.0;
    }
    double best = INFINITY;
    for (int r = 0; r < REPETITIONS; r++) {
        double start = omp_get_wtime();
#pragma omp parallel for schedule(static)
        for (long i = 0; i < n; i++) {
            a[i] = b[i] + s * c[i];
        }
        double seconds = omp_get_wtime() - start;
        if (seconds < best) {
            best = seconds;
        }
    }
    if (a[0] != 7.0 || a[n / 2] != 7.0 || a[n - 1] != 7.0) {
        fprintf(stderr, "stream_triad: wrong result\n");
        return 1;
    }
    printf("triad_gbps %d %.3f\n", omp_get_max_threads(), 24.0 * (double) n / best / 1e9);
    free(a);
    free(b);
    free(c);
    return 0;
}
