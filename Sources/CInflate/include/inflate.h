#ifndef MAILGUARD_CINFLATE_H
#define MAILGUARD_CINFLATE_H
#include <stddef.h>
#include <stdint.h>

// Raw deflate (zip method 8) with zlib, output handed over chunk by chunk. Prefixed mg_.

/// Receives each inflated chunk; returns 0 to stop inflating.
typedef int (*mg_inflate_sink)(void *context, const uint8_t *bytes, size_t count);

enum { MG_INFLATE_END = 0, MG_INFLATE_STOPPED = 1, MG_INFLATE_DAMAGED = -1, MG_INFLATE_TRUNCATED = -2 };

/// Inflates `length` bytes of raw deflate data. Returns MG_INFLATE_END when the stream ends,
/// MG_INFLATE_STOPPED when the sink stopped it, MG_INFLATE_DAMAGED for invalid data and
/// MG_INFLATE_TRUNCATED when the input ends before the stream does. Never loops without
/// progress.
int mg_inflate_raw(const uint8_t *input, size_t length, mg_inflate_sink sink, void *context);

#endif
