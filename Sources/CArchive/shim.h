#ifndef MAILGUARD_CARCHIVE_SHIM_H
#define MAILGUARD_CARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>

// A reader for the archive kinds mail carries: tar (every dialect), 7z, cab and RAR, each
// plain or inside gzip, bzip2, xz, lzma, lzip, zstd, lz4 or compress; with `raw` set, a single
// compressed file (`roster.csv.gz`) instead. Only filters libarchive runs in-process are
// accepted: one that would start an external program answers ARCHIVE_WARN, and then there is
// no reader (NULL) rather than a fork from a worker. Zip stays with MailGuard's own reader.
static inline struct archive *mg_archive_new(int raw) {
    struct archive *archive = archive_read_new();
    if (archive == NULL) return NULL;
    int (*filters[])(struct archive *) = {
        archive_read_support_filter_gzip, archive_read_support_filter_bzip2, archive_read_support_filter_xz,
        archive_read_support_filter_lzma, archive_read_support_filter_lzip, archive_read_support_filter_zstd,
        archive_read_support_filter_lz4, archive_read_support_filter_compress,
    };
    int status = ARCHIVE_OK;
    for (size_t index = 0; index < sizeof filters / sizeof filters[0]; index++) status |= filters[index](archive);
    if (raw) {
        // "empty" answers for a compressed file that holds nothing.
        status |= archive_read_support_format_raw(archive) | archive_read_support_format_empty(archive);
    } else {
        status |= archive_read_support_format_tar(archive) | archive_read_support_format_7zip(archive)
            | archive_read_support_format_cab(archive) | archive_read_support_format_rar(archive)
            | archive_read_support_format_rar5(archive);
    }
    if (status != ARCHIVE_OK) { archive_read_free(archive); return NULL; }
    return archive;
}

// Whether an entry may hold data: a regular file, or one of no stated type (7z entries
// written on Windows may carry no Unix mode). Folders, links and devices hold none. (The
// AE_IF* constants are cast macros Swift cannot import.)
static inline int mg_archive_entry_has_data(struct archive_entry *entry) {
    unsigned int type = archive_entry_filetype(entry);
    return type == AE_IFREG || type == 0;
}

#endif
