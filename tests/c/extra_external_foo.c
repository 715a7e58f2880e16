const int external_foo = 42;
