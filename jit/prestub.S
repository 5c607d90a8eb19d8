/*
 * prestub.S — the shared prestub every uncompiled method's stub jumps to (x86-64 SysV).
 *
 * A stub has loaded its JitMethod* into r10. The prestub saves every argument register
 * (the callee's arguments are still in them), calls jit_prestub_compile(desc), restores
 * the arguments and tail-jumps to the compiled code, so the original caller never knows
 * the method was not compiled when it called.
 */
    .text
    .globl jit_prestub
    .type jit_prestub, @function
jit_prestub:
    .cfi_startproc
    push %rbp
    .cfi_def_cfa_offset 16
    .cfi_offset %rbp, -16
    mov %rsp, %rbp
    .cfi_def_cfa_register %rbp
    sub $192, %rsp
    mov %rdi, 0(%rsp)
    mov %rsi, 8(%rsp)
    mov %rdx, 16(%rsp)
    mov %rcx, 24(%rsp)
    mov %r8, 32(%rsp)
    mov %r9, 40(%rsp)
    movaps %xmm0, 48(%rsp)
    movaps %xmm1, 64(%rsp)
    movaps %xmm2, 80(%rsp)
    movaps %xmm3, 96(%rsp)
    movaps %xmm4, 112(%rsp)
    movaps %xmm5, 128(%rsp)
    movaps %xmm6, 144(%rsp)
    movaps %xmm7, 160(%rsp)
    mov %rax, 176(%rsp)
    mov %r10, %rdi
    call jit_prestub_compile
    mov %rax, %r11
    mov 0(%rsp), %rdi
    mov 8(%rsp), %rsi
    mov 16(%rsp), %rdx
    mov 24(%rsp), %rcx
    mov 32(%rsp), %r8
    mov 40(%rsp), %r9
    movaps 48(%rsp), %xmm0
    movaps 64(%rsp), %xmm1
    movaps 80(%rsp), %xmm2
    movaps 96(%rsp), %xmm3
    movaps 112(%rsp), %xmm4
    movaps 128(%rsp), %xmm5
    movaps 144(%rsp), %xmm6
    movaps 160(%rsp), %xmm7
    mov 176(%rsp), %rax
    leave
    .cfi_def_cfa %rsp, 8
    jmp *%r11
    .cfi_endproc
    .size jit_prestub, .-jit_prestub

    .section .note.GNU-stack,"",@progbits
