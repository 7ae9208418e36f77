/*
 * LD_PRELOAD shim that lets daisy-player (Debian, version 13) start on a machine without a sound card, for the
 * smoke test in DaisyPlayerSmokeTest. Compiled by the test with gcc; never shipped.
 *
 * - daisy-player refuses to start when it cannot read /proc/asound/cards; procfs has no such entry here and a
 *   mount namespace cannot add one (there is no mount point to bind onto), so opening that one path is redirected
 *   to the file named by GUIDEKIT_FAKE_ASOUND_CARDS.
 * - It keeps bookmarks and settings under the home directory from the password database, not $HOME; getpwuid and
 *   getpwuid_r report $HOME instead, so a test run writes nothing outside its temporary folder.
 * Everything else, the ALSA device included, is real: the test's .asoundrc routes the default PCM to ALSA's file
 * plugin, so what the player plays ends up in WAV files the test reads.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *redirect(const char *path) {
    const char *fake = getenv("GUIDEKIT_FAKE_ASOUND_CARDS");
    if (fake != NULL && path != NULL && strcmp(path, "/proc/asound/cards") == 0) {
        return fake;
    }
    return path;
}

static int mode_of(int flags, va_list args) {
    return (flags & (O_CREAT | O_TMPFILE)) ? va_arg(args, int) : 0;
}

FILE *fopen(const char *path, const char *mode) {
    FILE *(*real)(const char *, const char *) = dlsym(RTLD_NEXT, "fopen");
    return real(redirect(path), mode);
}

FILE *fopen64(const char *path, const char *mode) {
    FILE *(*real)(const char *, const char *) = dlsym(RTLD_NEXT, "fopen64");
    return real(redirect(path), mode);
}

int open(const char *path, int flags, ...) {
    va_list args;
    va_start(args, flags);
    int mode = mode_of(flags, args);
    va_end(args);
    int (*real)(const char *, int, ...) = dlsym(RTLD_NEXT, "open");
    return real(redirect(path), flags, mode);
}

int open64(const char *path, int flags, ...) {
    va_list args;
    va_start(args, flags);
    int mode = mode_of(flags, args);
    va_end(args);
    int (*real)(const char *, int, ...) = dlsym(RTLD_NEXT, "open64");
    return real(redirect(path), flags, mode);
}

int openat(int dir, const char *path, int flags, ...) {
    va_list args;
    va_start(args, flags);
    int mode = mode_of(flags, args);
    va_end(args);
    int (*real)(int, const char *, int, ...) = dlsym(RTLD_NEXT, "openat");
    return real(dir, redirect(path), flags, mode);
}

int openat64(int dir, const char *path, int flags, ...) {
    va_list args;
    va_start(args, flags);
    int mode = mode_of(flags, args);
    va_end(args);
    int (*real)(int, const char *, int, ...) = dlsym(RTLD_NEXT, "openat64");
    return real(dir, redirect(path), flags, mode);
}

static struct passwd *with_home(struct passwd *pw) {
    const char *home = getenv("HOME");
    if (pw != NULL && home != NULL) {
        pw->pw_dir = (char *) home;
    }
    return pw;
}

struct passwd *getpwuid(uid_t uid) {
    struct passwd *(*real)(uid_t) = dlsym(RTLD_NEXT, "getpwuid");
    return with_home(real(uid));
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result) {
    int (*real)(uid_t, struct passwd *, char *, size_t, struct passwd **) = dlsym(RTLD_NEXT, "getpwuid_r");
    int rc = real(uid, pw, buf, size, result);
    if (rc == 0) {
        with_home(*result);
    }
    return rc;
}
