# Program tests: every tests/programs/NAME.cs is compiled with mcs (against Mono's
# mscorlib, as a user would) and run by tests/run-program.sh under each mode, comparing
# stdout and exit code byte for byte with NAME.expected / NAME.exitcode (recorded from
# Mono by scripts/record-expected.sh). Later backends add their mode to ILC_TEST_MODES.
# Every program may use System.Numerics (BigInteger), which ilc binds to corlib; the
# reference is harmless to the others. scripts/record-expected.sh passes the same flags.
set(ILC_TEST_MODES jit-O0 jit-O2 jit-tiered jit-stress aot r2r r2r-stress)

file(GLOB PROGRAM_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/programs/*.cs)
set(PROGRAM_DIR ${CMAKE_BINARY_DIR}/tests/programs)
set(PROGRAM_EXES)
foreach(src ${PROGRAM_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  set(exe ${PROGRAM_DIR}/${name}.exe)
  add_custom_command(OUTPUT ${exe}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROGRAM_DIR}
    COMMAND ${MCS} -nologo -warn:0 -unsafe -r:System.Numerics.dll -out:${exe} ${src}
    DEPENDS ${src} COMMENT "mcs ${name}.cs" VERBATIM)
  list(APPEND PROGRAM_EXES ${exe})
  foreach(mode ${ILC_TEST_MODES})
    add_test(NAME ${mode}/${name}
      COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/run-program.sh ${mode} $<TARGET_FILE:ilc>
              ${exe} ${CMAKE_CURRENT_SOURCE_DIR}/programs/${name})
  endforeach()
endforeach()

# IL-level programs (tests/programs/NAME.il): what C# cannot express (filters, fault
# blocks, cpobj, explicit tail calls), assembled with ilasm and run like the C# ones.
if(ILASM)
  file(GLOB IL_PROGRAM_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/programs/*.il)
  foreach(src ${IL_PROGRAM_SOURCES})
    get_filename_component(name ${src} NAME_WE)
    set(exe ${PROGRAM_DIR}/${name}.exe)
    add_custom_command(OUTPUT ${exe}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${PROGRAM_DIR}
      COMMAND ${ILASM} -quiet -output:${exe} ${src}
      DEPENDS ${src} COMMENT "ilasm ${name}.il" VERBATIM)
    list(APPEND PROGRAM_EXES ${exe})
    foreach(mode ${ILC_TEST_MODES})
      add_test(NAME ${mode}/${name}
        COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/run-program.sh ${mode} $<TARGET_FILE:ilc>
                ${exe} ${CMAKE_CURRENT_SOURCE_DIR}/programs/${name})
    endforeach()
  endforeach()
endif()

# IL-level inputs (tests/il/*.il) assembled with ilasm, used by the bad-input tests.
file(GLOB IL_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/il/*.il)
set(IL_EXES)
if(ILASM)
  foreach(src ${IL_SOURCES})
    get_filename_component(name ${src} NAME_WE)
    set(exe ${CMAKE_BINARY_DIR}/tests/il/${name}.exe)
    add_custom_command(OUTPUT ${exe}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/tests/il
      COMMAND ${ILASM} -quiet -output:${exe} ${src}
      DEPENDS ${src} COMMENT "ilasm ${name}.il" VERBATIM)
    list(APPEND IL_EXES ${exe})
  endforeach()
endif()
# Unit-test fixtures: tests/unit/fixtures/NAME.cs (mcs) or NAME.il (ilasm) -> build/tests/unit/NAME.exe
file(GLOB FIXTURE_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/unit/fixtures/*.cs
                                            ${CMAKE_CURRENT_SOURCE_DIR}/unit/fixtures/*.il)
set(FIXTURE_EXES)
foreach(src ${FIXTURE_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  get_filename_component(ext ${src} EXT)
  set(exe ${CMAKE_BINARY_DIR}/tests/unit/${name}.exe)
  if(ext STREQUAL ".il")
    if(NOT ILASM)
      continue()
    endif()
    set(cmd ${ILASM} -quiet -output:${exe} ${src})
  else()
    set(cmd ${MCS} -nologo -warn:0 -unsafe -out:${exe} ${src})
  endif()
  add_custom_command(OUTPUT ${exe}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/tests/unit
    COMMAND ${cmd}
    DEPENDS ${src} COMMENT "fixture ${name}${ext}" VERBATIM)
  list(APPEND FIXTURE_EXES ${exe})
endforeach()

add_custom_target(test_assemblies ALL DEPENDS ${PROGRAM_EXES} ${IL_EXES} ${FIXTURE_EXES})

# Bad-input tests: each tests/bad/*.sh runs ilc on broken input and checks the error.
file(GLOB BAD_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/bad/*.sh)
foreach(script ${BAD_TESTS})
  get_filename_component(name ${script} NAME_WE)
  add_test(NAME bad/${name}
    COMMAND bash ${script} $<TARGET_FILE:ilc> ${CMAKE_BINARY_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
endforeach()
