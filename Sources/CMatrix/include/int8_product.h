#ifndef MAILGUARD_INT8_PRODUCT_H
#define MAILGUARD_INT8_PRODUCT_H

#include <stdint.h>

/// `out[r][o] = bias[o] + scale[o] · Σ_k input[r][k] · weight[o][k]` for a few rows (the tokens
/// of a sentence or two), all row-major, with weights stored as int8 and one scale per output
/// row. Returns 0 without writing when this processor lacks AVX2 and FMA or the shape is not one
/// it takes (inputs a positive multiple of 8, outputs of 2, rows at least 1): the caller then
/// multiplies in another way.
int mg_int8_product(int rows, int outputs, int inputs, const float *input, const int8_t *weight,
                    const float *scale, const float *bias, float *out);

#endif
