/*
 * A stand-in for Windows' bcryptprimitives.dll, for running Limber's
 * Windows build under Debian 12's wine (8.0), which lacks that DLL.
 *
 * Rust's standard library gets its random numbers (the seeds of HashMap)
 * from ProcessPrng in bcryptprimitives.dll; without it a Windows program
 * built by Rust stops at load time under that wine, with no message. This
 * DLL provides ProcessPrng on top of RtlGenRandom (exported by advapi32 as
 * SystemFunction036), which wine does have. It is used only in the wine
 * prefix of scripts/wine-run, never shipped.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll \
 *            bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a 32-bit length: fill larger requests in parts. */
    while (length > 0) {
        ULONG part = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, part))
            return FALSE;
        data += part;
        length -= part;
    }
    return TRUE;
}
