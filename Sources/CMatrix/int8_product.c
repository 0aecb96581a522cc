// The sentence encoder's products for a few tokens, with int8 weights.
//
// For the handful of tokens of a teacher's candidate sentence, a product costs what reading its
// weights costs: OpenBLAS copies each float32 weight matrix into its packed layout on every
// call, and the six layers' 42 MB do not stay in the processor's cache between calls. Stored as
// int8 (one scale per output row) they are 10.6 MB, which do, and each pair of weight rows is
// read once, widened to float32 in registers and multiplied with every token held in cache.
// No library offers this shape (oneDNN's and OpenBLAS's int8 products quantise the tokens too).
#include "int8_product.h"

#if defined(__x86_64__)
#include <immintrin.h>

// Rows per pass: 2 outputs × 6 rows = 12 accumulators, with 2 weight registers and one input
// register, fill the 16 AVX registers.
#define BLOCK 6

__attribute__((target("avx2,fma"))) static inline float sum8(__m256 v) {
    __m128 low = _mm256_castps256_ps128(v), high = _mm256_extractf128_ps(v, 1);
    __m128 four = _mm_add_ps(low, high);
    __m128 two = _mm_add_ps(four, _mm_movehl_ps(four, four));
    __m128 one = _mm_add_ss(two, _mm_shuffle_ps(two, two, 1));
    return _mm_cvtss_f32(one);
}

/// Eight int8 weights as eight floats.
__attribute__((target("avx2,fma"), always_inline)) static inline __m256 widen(const int8_t *p) {
    return _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i *)p)));
}

// `count` rows (1 to BLOCK, a constant in each inlined copy, so the accumulators stay in registers).
__attribute__((target("avx2,fma"), always_inline)) static inline void block(
    const int count, int outputs, int inputs, const float *input, const int8_t *weight, const float *scale,
    const float *bias, float *out) {
    for (int o = 0; o < outputs; o += 2) {
        const int8_t *first = weight + (long)o * inputs, *second = first + inputs;
        __m256 a[BLOCK], b[BLOCK];
        for (int r = 0; r < count; r++) {
            a[r] = _mm256_setzero_ps();
            b[r] = _mm256_setzero_ps();
        }
        for (int k = 0; k < inputs; k += 8) {
            __m256 u = widen(first + k), v = widen(second + k);
            for (int r = 0; r < count; r++) {
                __m256 x = _mm256_loadu_ps(input + (long)r * inputs + k);
                a[r] = _mm256_fmadd_ps(u, x, a[r]);
                b[r] = _mm256_fmadd_ps(v, x, b[r]);
            }
        }
        for (int r = 0; r < count; r++) {
            out[(long)r * outputs + o] = bias[o] + scale[o] * sum8(a[r]);
            out[(long)r * outputs + o + 1] = bias[o + 1] + scale[o + 1] * sum8(b[r]);
        }
    }
}

__attribute__((target("avx2,fma"))) static void product(
    int rows, int outputs, int inputs, const float *input, const int8_t *weight, const float *scale,
    const float *bias, float *out) {
    for (int start = 0; start < rows; start += BLOCK) {
        int count = rows - start < BLOCK ? rows - start : BLOCK;
        const float *x = input + (long)start * inputs;
        float *y = out + (long)start * outputs;
        switch (count) {
        case 1: block(1, outputs, inputs, x, weight, scale, bias, y); break;
        case 2: block(2, outputs, inputs, x, weight, scale, bias, y); break;
        case 3: block(3, outputs, inputs, x, weight, scale, bias, y); break;
        case 4: block(4, outputs, inputs, x, weight, scale, bias, y); break;
        case 5: block(5, outputs, inputs, x, weight, scale, bias, y); break;
        default: block(6, outputs, inputs, x, weight, scale, bias, y); break;
        }
    }
}

int mg_int8_product(int rows, int outputs, int inputs, const float *input, const int8_t *weight,
                    const float *scale, const float *bias, float *out) {
    // Asked on every call: the answer is a table lookup once the runtime has read the CPU's flags.
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("fma")) return 0;
    if (rows < 1 || inputs < 8 || inputs % 8 != 0 || outputs < 2 || outputs % 2 != 0) return 0;
    product(rows, outputs, inputs, input, weight, scale, bias, out);
    return 1;
}

#else

// Other processors: the caller widens the weights for BLAS.
int mg_int8_product(int rows, int outputs, int inputs, const float *input, const int8_t *weight,
                    const float *scale, const float *bias, float *out) {
    (void)rows, (void)outputs, (void)inputs, (void)input, (void)weight, (void)scale, (void)bias, (void)out;
    return 0;
}

#endif
