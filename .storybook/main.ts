import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The sample agreements and the built bundle are served as plain files, as an editor would host them.
  staticDirs: [
    { from: '../packages/data/samples', to: '/samples' },
    { from: '../packages/embed/dist', to: '/embed' },
  ],
  async viteFinal(config) {
    // One copy of Lit in dev, or Lit warns "Multiple versions of Lit loaded".
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'lit',
        'lit/directive-helpers.js',
        'lit/decorators.js',
      ],
    };
    return config;
  },
};

export default config;
