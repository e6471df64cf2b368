// Preloaded into vnplan by cli.pool's start-race test: every other socketpair() returns only
// after 300 ms. LibreOffice's osl_executeProcess makes the status socket it gets here
// close-on-exec only afterwards, so this widens the window in which an office another thread
// starts meanwhile inherits it (that start then waits until the other office exits).
#include <dlfcn.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>

extern "C" int socketpair(int domain, int type, int protocol, int sv[2]) {
    using Function = int (*)(int, int, int, int[2]);
    static const auto real = reinterpret_cast<Function>(dlsym(RTLD_NEXT, "socketpair"));
    static std::atomic<int> calls{0};
    const int result = real(domain, type, protocol, sv);
    if (calls++ % 2 == 0) usleep(300000);
    return result;
}
