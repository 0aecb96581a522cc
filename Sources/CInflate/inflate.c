#include "inflate.h"
#include <limits.h>
#include <string.h>
#include <zlib.h>

int mg_inflate_raw(const uint8_t *input, size_t length, mg_inflate_sink sink, void *context) {
    if (length > UINT_MAX) return MG_INFLATE_DAMAGED;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return MG_INFLATE_DAMAGED;
    stream.next_in = (Bytef *)input;
    stream.avail_in = (uInt)length;
    unsigned char output[65536];
    int result = MG_INFLATE_DAMAGED;
    for (;;) {
        stream.next_out = output;
        stream.avail_out = sizeof output;
        uInt before = stream.avail_in;
        int status = inflate(&stream, Z_NO_FLUSH);
        size_t produced = sizeof output - stream.avail_out;
        if (produced > 0 && !sink(context, output, produced)) { result = MG_INFLATE_STOPPED; break; }
        if (status == Z_STREAM_END) { result = MG_INFLATE_END; break; }
        if (status == Z_BUF_ERROR && stream.avail_in == 0) { result = MG_INFLATE_TRUNCATED; break; }
        if (status != Z_OK && status != Z_BUF_ERROR) { result = MG_INFLATE_DAMAGED; break; }
        // No input taken and no output made: zlib cannot go on with this data.
        if (produced == 0 && stream.avail_in == before) { result = stream.avail_in == 0 ? MG_INFLATE_TRUNCATED : MG_INFLATE_DAMAGED; break; }
    }
    inflateEnd(&stream);
    return result;
}
