@echo off
rem Tandai launcher (Windows), written to target\tandai.cmd by the build from src\main\launcher\tandai.cmd.
rem Runs tandai.jar from this file's folder with JVM flags that java -jar cannot take from a jar
rem manifest: a heap limit per use and the AppCDS archive the build dumped (docs\decisions\0407-0409).
rem Arguments go to Tandai unchanged; the exit code is Tandai's. Extra JVM options: TANDAI_JAVA_OPTS.
setlocal
set "TANDAI_HOME=%~dp0"
set "TANDAI_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "TANDAI_JAVA=%JAVA_HOME%\bin\java.exe"

rem The window keeps a whole document (1 MB / 10,000 annotations fits in 512 MB); batch commands
rem visit one article at a time. The first word that is not an option is the command.
set "TANDAI_HEAP=@WINDOW_FLAGS@"
set "TANDAI_SKIP="
for %%a in (%*) do call :scan %%a
goto run

:scan
if defined TANDAI_DONE goto :eof
if defined TANDAI_SKIP (set "TANDAI_SKIP=" & goto :eof)
if /i "%~1"=="--annotator" (set "TANDAI_SKIP=1" & goto :eof)
if /i "%~1"=="--lang" (set "TANDAI_SKIP=1" & goto :eof)
if /i "%~1"=="--theme" (set "TANDAI_SKIP=1" & goto :eof)
set "TANDAI_ARG=%~1"
if "%TANDAI_ARG:~0,1%"=="-" goto :eof
set "TANDAI_DONE=1"
for %%c in (validate stats reanchor export import generate merge-driver git-setup agree) do if /i "%~1"=="%%c" set "TANDAI_HEAP=@BATCH_FLAGS@"
goto :eof

:run
rem The archive is used when present; a moved folder, a rebuilt jar or another JDK makes the JVM
rem ignore it (-Xshare:auto) and -Xlog:cds=off keeps that silent.
set "TANDAI_CDS="
if exist "%TANDAI_HOME%tandai.jsa" set TANDAI_CDS="-XX:SharedArchiveFile=%TANDAI_HOME%tandai.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
"%TANDAI_JAVA%" %TANDAI_CDS% @COMMON_FLAGS@ %TANDAI_HEAP% %TANDAI_JAVA_OPTS% -jar "%TANDAI_HOME%tandai.jar" %*
exit /b %ERRORLEVEL%
