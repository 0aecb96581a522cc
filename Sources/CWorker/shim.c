#define _GNU_SOURCE
#include "shim.h"
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>

static int errno_is_eintr(void) { return errno == EINTR; }

int mg_memfd(const char *name) {
    return memfd_create(name, MFD_CLOEXEC);
}

int mg_send_fd(int socket, int fd, const void *data, size_t length) {
    struct iovec io = { .iov_base = (void *)data, .iov_len = length };
    union { char buffer[CMSG_SPACE(sizeof(int))]; struct cmsghdr align; } control;
    memset(&control, 0, sizeof control);
    struct msghdr message = { .msg_iov = &io, .msg_iovlen = 1, .msg_control = control.buffer, .msg_controllen = sizeof control.buffer };
    struct cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(header), &fd, sizeof(int));
    ssize_t sent;
    do { sent = sendmsg(socket, &message, MSG_NOSIGNAL); } while (sent < 0 && errno_is_eintr());
    return sent == (ssize_t)length ? 0 : -1;
}

ssize_t mg_receive_fd(int socket, int *fd, void *data, size_t capacity) {
    struct iovec io = { .iov_base = data, .iov_len = capacity };
    union { char buffer[CMSG_SPACE(sizeof(int))]; struct cmsghdr align; } control;
    struct msghdr message = { .msg_iov = &io, .msg_iovlen = 1, .msg_control = control.buffer, .msg_controllen = sizeof control.buffer };
    *fd = -1;
    ssize_t received;
    do { received = recvmsg(socket, &message, MSG_CMSG_CLOEXEC); } while (received < 0 && errno_is_eintr());
    if (received < 0) return -1;
    for (struct cmsghdr *header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_RIGHTS) memcpy(fd, CMSG_DATA(header), sizeof(int));
    }
    return received;
}

int mg_die_with_parent(int signal) {
    return prctl(PR_SET_PDEATHSIG, (unsigned long)signal, 0, 0, 0);
}

int mg_spawn(const char *path, char *const argv[], char *const envp[], int stdin_fd, int stderr_fd, pid_t *pid) {
    posix_spawn_file_actions_t actions;
    int error = posix_spawn_file_actions_init(&actions);
    if (error) return error;
    if (!(error = posix_spawn_file_actions_adddup2(&actions, stdin_fd, 0))
        && !(error = posix_spawn_file_actions_adddup2(&actions, stderr_fd, 2))
        && !(error = posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0))
        && !(error = posix_spawn_file_actions_addclosefrom_np(&actions, 3))) {
        error = posix_spawn(pid, path, &actions, NULL, argv, envp);
    }
    posix_spawn_file_actions_destroy(&actions);
    return error;
}

int mg_peer_credentials(int socket, unsigned int *uid, int *pid) {
    struct ucred credentials;
    socklen_t length = sizeof(credentials);
    if (getsockopt(socket, SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0) return -1;
    *uid = credentials.uid;
    *pid = credentials.pid;
    return 0;
}

void mg_board_note(void *board, const void *text, uint32_t length) {
    uint32_t *count = board;
    __atomic_store_n(count, 0, __ATOMIC_RELEASE);
    if (length > 0) memcpy(count + 1, text, length);
    __atomic_store_n(count, length, __ATOMIC_RELEASE);
}

uint32_t mg_board_length(const void *board) {
    return __atomic_load_n((const uint32_t *)board, __ATOMIC_ACQUIRE);
}
