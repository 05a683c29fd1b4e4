package org.chatroom.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Lets a plain e4 handler (a class with {@code @Execute} and optionally {@code @CanExecute}) serve a 3.x command:
 * plugin.xml names it as {@code E4HandlerAdapter:<handler class>}; the window's context is injected each time.
 */
public final class E4HandlerAdapter extends AbstractHandler implements IExecutableExtension {

    private Class<?> handlerClass;
    private Object handler;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
            throws CoreException {
        try {
            handlerClass = getClass().getClassLoader().loadClass(String.valueOf(data));
        } catch (ClassNotFoundException e) {
            throw new CoreException(Status.error("No handler class " + data, e));
        }
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        if (HandlerUtil.getVariable(evaluationContext,
                ISources.ACTIVE_WORKBENCH_WINDOW_NAME) instanceof IWorkbenchWindow window) {
            IEclipseContext context = window.getService(IEclipseContext.class);
            Object enabled = ContextInjectionFactory.invoke(handler(context), CanExecute.class, context, Boolean.TRUE);
            setBaseEnabled(!Boolean.FALSE.equals(enabled));
        }
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IEclipseContext context = window.getService(IEclipseContext.class);
        try {
            return ContextInjectionFactory.invoke(handler(context), Execute.class, context, null);
        } catch (RuntimeException e) {
            throw new ExecutionException(String.valueOf(e.getMessage()), e);
        }
    }

    private Object handler(IEclipseContext context) {
        if (handler == null) {
            handler = ContextInjectionFactory.make(handlerClass, context);
        }
        return handler;
    }
}
