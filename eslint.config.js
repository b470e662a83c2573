import js from '@eslint/js'
import perfectionist from 'eslint-plugin-perfectionist'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'data/',
      'migrations/',
      'src/payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { perfectionist },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      curly: ['error', 'all'],
      'no-console': 'error',
      'perfectionist/sort-imports': ['error', { type: 'natural' }],
      'perfectionist/sort-named-imports': ['error', { type: 'natural' }],
      'perfectionist/sort-objects': [
        'error',
        {
          type: 'natural',
          customGroups: [
            { elementNamePattern: '^name$', groupName: 'name' },
            { elementNamePattern: '^type$', groupName: 'type' },
          ],
          groups: ['name', 'type', 'unknown'],
          partitionByNewLine: true,
        },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**', '**/*.spec.ts'],
    rules: { 'no-console': 'off' },
  },
)
