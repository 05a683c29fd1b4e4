@echo off
rem Chatroom headless room server for Windows: the same room bundles as the desktop product, with no SWT.
rem   chatroom-server [--port N] [--bind ADDRESS]
rem Prints where it listens; Ctrl+C stops it cleanly. JAVA_HOME selects the Java runtime (17 or newer),
rem CHATROOM_SERVER_DATA its data folder (default %USERPROFILE%\.chatroom\server), CHATROOM_VM_ARGS extra JVM options,
rem CHATROOM_SERVER_HEAP its maximum heap (default 512m; "default" leaves the JVM's own; see chatroom-jvm.sh).
setlocal
set "here=%~dp0"
set "launcher="
for %%f in ("%here%plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"
if not defined launcher (
    echo chatroom-server: no org.eclipse.equinox.launcher jar in %here%plugins 1>&2
    exit /b 1
)
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
set "data=%CHATROOM_SERVER_DATA%"
if not defined data set "data=%USERPROFILE%\.chatroom\server"
set "heap=%CHATROOM_SERVER_HEAP%"
if not defined heap set "heap=512m"
set "memory=-Xmx%heap% -XX:G1PeriodicGCInterval=60000"
if /i "%heap%"=="default" set "memory=-XX:G1PeriodicGCInterval=60000"
"%java%" %memory% -Dequinox.log.capture.entry.location=false %CHATROOM_VM_ARGS% -Djava.awt.headless=true -jar "%launcher%" -noSplash -configuration "%data%\configuration" -application org.chatroom.server.application -data "%data%" %*
exit /b %ERRORLEVEL%
