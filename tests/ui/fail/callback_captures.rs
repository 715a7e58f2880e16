use std::ffi::c_int;

fn main() {
    // A callback without user data must capture nothing: its trampoline is static and has
    // nowhere to keep what a closure captures.
    let offset = 1;
    let add = move |x: c_int| x + offset;
    let _ = ffi_runtime::callback::c_fn(add);
}
