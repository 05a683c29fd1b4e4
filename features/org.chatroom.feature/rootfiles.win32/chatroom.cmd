@echo off
rem Chatroom desktop client for Windows. Maven Central has no native Eclipse launcher, so this starts the Equinox
rem launcher jar with java (javaw for the window, so no console stays open).
rem   chatroom [Eclipse options...]                          the desktop window
rem   chatroom --console --host H --port P --name N          the console UI (stdin/stdout, no SWT)
rem JAVA_HOME selects the Java runtime (17 or newer); CHATROOM_DATA the workspace (default %USERPROFILE%\.chatroom\workspace),
rem CHATROOM_CONSOLE_DATA the console's folder (default %USERPROFILE%\.chatroom\console). Each program keeps its OSGi
rem configuration area in its own folder, never in the product folder (which may be read-only and shared).
setlocal
set "here=%~dp0"
set "launcher="
for %%f in ("%here%plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"
if not defined launcher (
    echo chatroom: no org.eclipse.equinox.launcher jar in %here%plugins 1>&2
    exit /b 1
)
set "java=java"
set "javaw=javaw"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
if defined JAVA_HOME set "javaw=%JAVA_HOME%\bin\javaw"
set "data=%CHATROOM_DATA%"
if not defined data set "data=%USERPROFILE%\.chatroom\workspace"
if "%~1"=="--console" goto console
if "%~1"=="--help" goto usage
if "%~1"=="-h" goto usage
rem the desktop's JVM options, as in the Linux script (see README "Desktop performance")
set "desktop_vm=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms160m -Xmn12m -Xmx1g -XX:MetaspaceSize=64m"
start "Chatroom" "%javaw%" %desktop_vm% %CHATROOM_VM_ARGS% -jar "%launcher%" -configuration "%data%\.metadata\configuration" -data "%data%" %*
exit /b 0
:usage
echo Usage: chatroom [-data WORKSPACE] [-hostRoom]              the desktop window
echo        chatroom --console --host HOST --name NAME [...]     the console client (chatroom --console --help)
echo        chatroom-server [--port N] [...]                     a room without a window (chatroom-server --help)
echo   -data WORKSPACE  the desktop's settings, window and rooms (default %%USERPROFILE%%\.chatroom\workspace, or CHATROOM_DATA);
echo                    one window per workspace at a time
echo   -hostRoom        host a room as the window opens, as chosen last time in Chat ^> Host Room
echo JAVA_HOME selects the Java runtime (17 or newer); CHATROOM_VM_ARGS adds options to the JVM.
exit /b 0
:console
shift
set "data=%CHATROOM_CONSOLE_DATA%"
if not defined data set "data=%USERPROFILE%\.chatroom\console"
set "args="
:collect
if "%~1"=="" goto run
set args=%args% %1
shift
goto collect
:run
"%java%" %CHATROOM_VM_ARGS% -Djava.awt.headless=true -jar "%launcher%" -noSplash -configuration "%data%\configuration" -application org.chatroom.console.application -data "%data%" %args%
exit /b %ERRORLEVEL%
