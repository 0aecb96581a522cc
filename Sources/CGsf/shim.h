#ifndef MAILGUARD_CGSF_SHIM_H
#define MAILGUARD_CGSF_SHIM_H
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-utils.h>

static void mg_gsf_quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

// libgsf warns on stderr about every oddity of a damaged file; the reader reports damage
// itself, and a worker's stderr is kept for why it died.
static inline void mg_gsf_init(void) {
    static int done = 0;
    if (done) return;
    done = 1;
    g_log_set_handler("libgsf:msole", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG, mg_gsf_quiet, NULL);
    g_log_set_handler(NULL, G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE, mg_gsf_quiet, NULL);
    g_log_set_handler("libgsf", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG, mg_gsf_quiet, NULL);
}

// The compound file over `length` bytes the caller keeps alive; NULL with `message` set
// (to be freed with g_free) when it is not one.
static inline GsfInfile *mg_ole_open(const guint8 *bytes, size_t length, char **message) {
    mg_gsf_init();
    GsfInput *input = gsf_input_memory_new(bytes, (gsf_off_t)length, FALSE);
    if (input == NULL) { *message = g_strdup("cannot wrap the bytes"); return NULL; }
    GError *error = NULL;
    GsfInfile *ole = gsf_infile_msole_new(input, &error);
    g_object_unref(input);
    if (ole == NULL) {
        *message = g_strdup(error != NULL && error->message != NULL ? error->message : "not a compound file");
        if (error != NULL) g_error_free(error);
    }
    return ole;
}

// Children of a storage; -1 for a stream.
static inline int mg_ole_children(GsfInput *entry) {
    return GSF_IS_INFILE(entry) ? gsf_infile_num_children(GSF_INFILE(entry)) : -1;
}
static inline const char *mg_ole_child_name(GsfInput *storage, int index) {
    return gsf_infile_name_by_index(GSF_INFILE(storage), index);
}
static inline GsfInput *mg_ole_child(GsfInput *storage, int index) {
    return gsf_infile_child_by_index(GSF_INFILE(storage), index);
}
static inline long long mg_ole_size(GsfInput *entry) { return (long long)gsf_input_size(entry); }
// Reads `length` bytes from the start of a stream into `buffer`; 0 when it cannot.
static inline int mg_ole_read(GsfInput *entry, size_t length, guint8 *buffer) {
    if (gsf_input_seek(entry, 0, G_SEEK_SET)) return 0;  // TRUE means it failed
    return gsf_input_read(entry, length, buffer) != NULL;
}
static inline GsfInput *mg_ole_root(GsfInfile *ole) { return GSF_INPUT(ole); }
static inline void mg_gsf_unref(void *object) { g_object_unref(object); }

#endif
