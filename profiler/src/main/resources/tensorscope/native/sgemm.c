/*
 * Single-precision matrix multiply C = A * B through OpenBLAS cblas_sgemm, 2048 x 2048.
 *
 * Threads: OPENBLAS_NUM_THREADS.
 * Output:  one line "sgemm_gflops <threads> <GFLOP/s>", 1 warm-up then best of 5, counting 2 * n^3 FLOPs.
 * Exit:    0 on success, 1 on allocation failure or a wrong result.
 */
#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define N 2048
#define REPETITIONS 5

static double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(void) {
    float *a = malloc(sizeof(float) * N * N);
    float *b = malloc(sizeof(float) * N * N);
    float *c = malloc(sizeof(float) * N * N);
    if (!a || !b || !c) {
        fprintf(stderr, "sgemm: cannot allocate 3 x %d x %d floats\n", N, N);
        return 1;
    }
    for (long i = 0; i < (long) N * N; i++) {
        a[i] = 1.0f;
        b[i] = 0.5f;
        c[i] = 0.0f;
    }
    double best = INFINITY;
    for (int r = 0; r <= REPETITIONS; r++) {
        double start = now_seconds();
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, N, N, N,
                    1.0f, a, N, b, N, 0.0f, c, N);
        double seconds = now_seconds() - start;
        if (r > 0 && seconds < best) { /* r == 0 is the warm-up */
            best = seconds;
        }
    }
    if (c[0] != 0.5f * N || c[(long) N * N - 1] != 0.5f * N) {
        fprintf(stderr, "sgemm: wrong result\n");
        return 1;
    }
    printf("sgemm_gflops %d %.3f\n", openblas_get_num_threads(), 2.0 * N * N * N / best / 1e9);
    free(a);
    free(b);
    free(c);
    return 0;
}
