# Fails when any C++ file of the project differs from clang-format's output.
file(GLOB_RECURSE files
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/models/*.h
    ${SOURCE_DIR}/views/*.cpp ${SOURCE_DIR}/views/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
set(bad "")
foreach(file IN LISTS files)
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${file}
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        list(APPEND bad ${file})
    endif()
endforeach()
if(bad)
    list(JOIN bad "\n  " listing)
    message(FATAL_ERROR "Not formatted with clang-format 14 (run clang-format -i on them):\n  ${listing}")
endif()
list(LENGTH files count)
message(STATUS "${count} files formatted")
