#ifndef MAILGUARD_CWORKER_SHIM_H
#define MAILGUARD_CWORKER_SHIM_H
// Process plumbing Swift cannot call directly: the CMSG_* macros of SCM_RIGHTS, the variadic
// prctl, and memfd_create (not in Glibc's Swift overlay). Prefixed mg_.
#include <stdint.h>
#include <sys/types.h>

/// An anonymous in-memory file for one message (close-on-exec); -1 and errno on failure.
int mg_memfd(const char *name);

/// Sends `fd` and `length` bytes of `data` over a unix socket in one message; 0 or -1.
int mg_send_fd(int socket, int fd, const void *data, size_t length);

/// Receives up to `capacity` bytes and at most one descriptor (stored in *fd, -1 if none).
/// Returns the bytes received, 0 at end of file, -1 on error.
ssize_t mg_receive_fd(int socket, int *fd, void *data, size_t capacity);

/// Starts `path` with `argv` and `envp`, `stdin_fd` as its standard input, `stderr_fd` as its
/// standard error, standard output on /dev/null and every other descriptor closed (libmilter's
/// sockets are not close-on-exec). Returns 0 and sets *pid, or an errno value.
int mg_spawn(const char *path, char *const argv[], char *const envp[], int stdin_fd, int stderr_fd, pid_t *pid);

/// Asks the kernel to send `signal` to this process when its parent dies; 0 or -1.
int mg_die_with_parent(int signal);

/// The user and process id of a unix socket's peer (SO_PEERCRED); -1 on error.
int mg_peer_credentials(int socket, unsigned int *uid, int *pid);

/// Writes `length` bytes of `text` to a shared board (a 32-bit length, then the bytes) so that
/// a reader in another process, looking after this one died at any instruction, sees either
/// no text or the whole text: the length is cleared first and set last.
void mg_board_note(void *board, const void *text, uint32_t length);

/// The length a board holds (0: none), as the last completed note left it.
uint32_t mg_board_length(const void *board);

#endif
